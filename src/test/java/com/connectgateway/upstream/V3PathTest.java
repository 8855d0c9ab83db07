package com.connectgateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class V3PathTest {

    @Test
    void segmentsAreJoinedAndEncodedOneByOne() {
        assertThat(V3Path.of("search", "images", "creative").encoded()).isEqualTo("search/images/creative");
        assertThat(V3Path.of("boards", "a/b?c=d%e f", "assets").encoded()).isEqualTo("boards/a%2Fb%3Fc%3Dd%25e%20f/assets");
        assertThat(V3Path.of("boards", "é").encoded()).isEqualTo("boards/%C3%A9");
    }

    @Test
    void emptyAndDotSegmentsAreRefused() {
        assertThatThrownBy(() -> V3Path.of("boards", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> V3Path.of("boards", "..")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> V3Path.of("boards", ".")).isInstanceOf(IllegalArgumentException.class);
    }
}
