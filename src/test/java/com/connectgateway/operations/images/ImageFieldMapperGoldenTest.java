package com.connectgateway.operations.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** v3 image JSON in, legacy image JSON out, compared member by member with hand-written files. */
@QuarkusTest
class ImageFieldMapperGoldenTest {

    @Inject
    ImageFieldMapper mapper;

    @Inject
    ObjectMapper json;

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name)) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void editorialSearchImageWithKeywords() throws IOException {
        String written = json.writeValueAsString(mapper.searchImage(resource("search-editorial.v3.json"), true));
        assertThat(json.readTree(written)).isEqualTo(resource("search-editorial.legacy.json"));
        // On the wire the dates keep the .NET escaped solidus and a signed offset.
        assertThat(written).contains("\"DateCreated\":\"\\/Date(1358027391374-0800)\\/\"");
    }

    @Test
    void keywordsOffGiveAnEmptyList() throws IOException {
        JsonNode legacy = json.valueToTree(mapper.searchImage(resource("search-editorial.v3.json"), false));
        assertThat(legacy.get("Keywords").isArray()).isTrue();
        assertThat(legacy.get("Keywords")).isEmpty();
    }

    @Test
    void membersWithoutASourceArePresentWithTheirEmptyValue() throws IOException {
        JsonNode legacy = json.readTree(json.writeValueAsString(mapper.searchImage(resource("search-minimal.v3.json"), true)));
        JsonNode expected = resource("search-minimal.legacy.json");
        assertThat(legacy).isEqualTo(expected);
        assertThat(legacy.size()).isEqualTo(expected.size());
    }

    @Test
    void creativeDetailImageWithDownloadSizes() throws IOException {
        JsonNode legacy = json.readTree(json.writeValueAsString(mapper.detailImage(resource("detail-creative.v3.json"))));
        String expected = json.writeValueAsString(resource("detail-creative.legacy.json"))
                .replace("SIZEKEY-medium", new SizeKey("100000008", "medium", 1024).encode())
                .replace("SIZEKEY-x_large", new SizeKey("100000008", "x_large", 4000).encode());
        assertThat(legacy).isEqualTo(json.readTree(expected));
    }

    @Test
    void sizeKeysRoundTrip() throws IOException {
        JsonNode legacy = json.valueToTree(mapper.detailImage(resource("detail-creative.v3.json")));
        SizeKey key = SizeKey.decode(legacy.at("/SizesDownloadableImages/1/SizeKey").asText());
        assertThat(key).isEqualTo(new SizeKey("100000008", "x_large", 4000));
    }

    /**
     * Real v3 answers mark comp and preview watermarked and give no clean copy: the plain members
     * take the watermarked copy rather than staying null (the search sample's shape, 2018).
     */
    @Test
    void searchImageInTheRealSampleShape() throws IOException {
        JsonNode legacy = json.readTree(json.writeValueAsString(mapper.searchImage(resource("search-creative-watermarked.v3.json"), true)));
        assertThat(legacy).isEqualTo(resource("search-creative-watermarked.legacy.json"));
        assertThat(legacy.get("UrlPreview").asText()).endsWith("s=170667a").isEqualTo(legacy.get("UrlWatermarkPreview").asText());
        assertThat(legacy.get("UrlComp").asText()).endsWith("s=612x612").isEqualTo(legacy.get("UrlWatermarkComp").asText());
    }

    /** The image-detail sample's shape (2016): watermarked comp/preview/high_res_comp, unnamed sizes. */
    @Test
    void detailImageInTheRealSampleShape() throws IOException {
        JsonNode legacy = json.readTree(json.writeValueAsString(mapper.detailImage(resource("detail-watermarked.v3.json"))));
        String expected = json.writeValueAsString(resource("detail-watermarked.legacy.json"))
                .replace("SIZEKEY-66", new SizeKey("57401122", null, 66).encode())
                .replace("SIZEKEY-4096", new SizeKey("57401122", null, 4096).encode());
        assertThat(legacy).isEqualTo(json.readTree(expected));
    }

    @Test
    void cleanCopiesWinForThePlainMembersWhenV3HasBoth() throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode v3 = (com.fasterxml.jackson.databind.node.ObjectNode) resource("search-creative-watermarked.v3.json");
        v3.withArray("display_sizes").addObject().put("name", "preview").put("is_watermarked", false).put("uri", "https://clean/preview");
        JsonNode legacy = json.valueToTree(mapper.searchImage(v3, false));
        assertThat(legacy.get("UrlPreview").asText()).isEqualTo("https://clean/preview");
        assertThat(legacy.get("UrlWatermarkPreview").asText()).endsWith("s=170667a");
    }
}
