package com.connectgateway.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathGlobTest {

    @Test
    void doubleStarMatchesAnyDepthIncludingNone() {
        PathGlob glob = PathGlob.of("**.Token");
        assertThat(glob.matches("CreateSessionResult.Token")).isTrue();
        assertThat(glob.matches("Token")).isTrue();
        assertThat(glob.matches("A.B[2].C.Token")).isTrue();
        assertThat(glob.matches("CreateSessionResult.SecureToken")).isFalse();
        assertThat(glob.matches("CreateSessionResult.Token.Extra")).isFalse();
    }

    @Test
    void starStaysInsideOneSegment() {
        assertThat(PathGlob.of("SearchForImagesResult.Images.Url*").matches("SearchForImagesResult.Images[0].UrlComp")).isTrue();
        assertThat(PathGlob.of("*.CoordinationId").matches("ResponseHeader.CoordinationId")).isTrue();
        assertThat(PathGlob.of("*.CoordinationId").matches("A.ResponseHeader.CoordinationId")).isFalse();
    }

    @Test
    void arrayPositionsAndKeysAreLeftOutOnBothSides() {
        assertThat(PathGlob.of("**.Images[*].ImageId").matches("R.Images[ImageId=1.2].ImageId")).isTrue();
        assertThat(PathGlob.segmentsOf("R.Images[ImageId=a.b].Keywords[3].Id")).containsExactly("R", "Images", "Keywords", "Id");
    }

    @Test
    void patternsWriteEveryPositionAsAStar() {
        assertThat(Difference.pattern("R.Images[ImageId=a.b].Keywords[3].Id")).isEqualTo("R.Images[*].Keywords[*].Id");
    }
}
