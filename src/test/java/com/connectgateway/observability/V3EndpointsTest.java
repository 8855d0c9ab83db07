package com.connectgateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** v3 paths become route templates: ids never reach a metric tag. */
class V3EndpointsTest {

    @Test
    void idsAndFamiliesBecomePlaceholders() {
        assertThat(V3Endpoints.template("search/images/creative")).isEqualTo("search/images/{family}");
        assertThat(V3Endpoints.template("boards/4f2a%2F9")).isEqualTo("boards/{id}");
        assertThat(V3Endpoints.template("boards/4f2a/assets")).isEqualTo("boards/{id}/assets");
        assertThat(V3Endpoints.template("downloads/images/12345")).isEqualTo("downloads/images/{id}");
        assertThat(V3Endpoints.template("asset-changes/change-sets/77")).isEqualTo("asset-changes/change-sets/{id}");
        assertThat(V3Endpoints.template("images")).isEqualTo("images");
    }

    @Test
    void unknownResourcesAndDeepPathsAreOther() {
        assertThat(V3Endpoints.template("secret-admin/1")).isEqualTo("other");
        assertThat(V3Endpoints.template("boards/1/assets/2/x")).isEqualTo("other");
    }
}
