package com.connectgateway.operations.videos;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.operations.download.DownloadGrant;
import com.connectgateway.operations.download.DownloadGrant.AssetType;
import com.connectgateway.operations.download.DownloadTokenCodec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** A v3 video in the shape of v3's VideoItem (our own values) → the legacy Video entry, member by member. */
@QuarkusTest
class VideoFieldMapperGoldenTest {

    private static final String SESSION = "session-for-golden";

    @Inject
    VideoFieldMapper mapper;

    @Inject
    DownloadTokenCodec tokens;

    @Inject
    ObjectMapper json;

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name)) {
            return json.readTree(in);
        }
    }

    @Test
    void editorialVideoWithDownloadSizesKeyFramesAndKeywords() throws IOException {
        String written = json.writeValueAsString(mapper.video(resource("video-editorial.v3.json"), SESSION));
        ObjectNode legacy = (ObjectNode) json.readTree(written);
        ObjectNode authorization = (ObjectNode) legacy.path("DownloadSizes").get(0).path("DownloadAuthorizations").get(0);
        DownloadGrant grant = tokens.verify(authorization.path("DownloadToken").asText(), SESSION);
        assertThat(grant.assetType()).isEqualTo(AssetType.VIDEO);
        assertThat(grant.assetId()).isEqualTo("700000123");
        assertThat(grant.sizeName()).isEqualTo("hd1");
        assertThat(grant.productType()).isEqualTo("premiumaccess");
        assertThat(grant.productId()).isEqualTo("4242");
        authorization.set("DownloadToken", TextNode.valueOf("TOKEN"));
        assertThat(legacy).isEqualTo(resource("video-editorial.legacy.json"));
        assertThat(written).contains("\"DateCreated\":\"\\/Date(1457067967000-0800)\\/\"");
    }

    @Test
    void anAnonymousSessionGetsNoDownloadSizesAndAnEmptyVideoKeepsEveryMember() throws IOException {
        JsonNode legacy = json.valueToTree(mapper.video(json.readTree("{\"id\":\"1\"}"), null));
        assertThat(legacy.size()).isEqualTo(resource("video-editorial.legacy.json").size());
        assertThat(legacy.path("DownloadSizes").isArray()).isTrue();
        assertThat(legacy.path("DownloadSizes")).isEmpty();
        assertThat(legacy.path("Keywords")).isEmpty();
        assertThat(legacy.path("Urls").path("StoryBoard")).isEmpty();
        assertThat(legacy.path("Title").isNull()).isTrue();
        assertThat(json.valueToTree(mapper.video(resource("video-editorial.v3.json"), null)).path("DownloadSizes")).isEmpty();
    }
}
