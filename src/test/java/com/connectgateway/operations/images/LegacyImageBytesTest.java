package com.connectgateway.operations.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.operations.search.SearchForImagesResult;
import com.connectgateway.upstream.V3Answers;
import com.connectgateway.wire.LegacyResponse;
import com.connectgateway.wire.ResponseHeader;
import com.connectgateway.wire.TestDates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The legacy JSON byte for byte, member order included, as the gateway wrote it before the hot path
 * was rebuilt for speed (issue 11): {@link ImageFieldMapperGoldenTest} compares JSON trees, which
 * do not see the order of members, and some clients read members by position.
 * The files in golden/bytes were written by the tree-walking mapper and Jackson's unwrapping serializer.
 */
class LegacyImageBytesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ImageFieldMapper mapper = new ImageFieldMapper(TestDates.pacific());

    @ParameterizedTest
    @ValueSource(strings = { "search-editorial", "search-minimal", "search-creative-watermarked" })
    void searchImages(String name) throws IOException {
        JsonNode v3 = JSON.readTree(bytes("golden/" + name + ".v3.json"));
        assertThat(written(mapper.searchImage(v3, true))).isEqualTo(text("golden/bytes/" + name + ".keywords.json"));
        assertThat(written(mapper.searchImage(v3, false))).isEqualTo(text("golden/bytes/" + name + ".no-keywords.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "detail-creative", "detail-watermarked" })
    void detailImages(String name) throws IOException {
        JsonNode v3 = JSON.readTree(bytes("golden/" + name + ".v3.json"));
        assertThat(written(mapper.detailImage(v3))).isEqualTo(text("golden/bytes/" + name + ".json"));
    }

    /** The microbenchmark's page (25 images of the 2018 sample's shape), from v3 bytes to the whole envelope. */
    @Test
    void searchPageOfTwentyFiveImages() throws IOException {
        JsonNode page = new V3Answers(JSON).success(bytes("bench/search-creative-25.v3.json"), false);
        List<SearchImage> images = new ArrayList<>();
        for (JsonNode image : page.path("images")) {
            images.add(mapper.searchImage(image, false));
        }
        SearchForImagesResult result = new SearchForImagesResult(images, null, "MostPopular", images.size(), 1,
                page.path("result_count").asLong(), List.of());
        LegacyResponse response = new LegacyResponse(new ResponseHeader(List.of(), NullNode.getInstance()),
                "SearchForImagesResult", result);
        assertThat(written(response.toJson())).isEqualTo(text("golden/bytes/search-page-25.json"));
    }

    private static String written(Object value) throws IOException {
        return new String(JSON.writeValueAsBytes(value), StandardCharsets.UTF_8);
    }

    private static String text(String resource) throws IOException {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = LegacyImageBytesTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
