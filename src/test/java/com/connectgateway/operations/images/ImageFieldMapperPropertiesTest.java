package com.connectgateway.operations.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.connectgateway.wire.TestDates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property-based: any v3 image, however sparse or oddly typed, maps without an exception and with
 * every legacy member present.
 */
class ImageFieldMapperPropertiesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MEMBERS = List.of("id", "title", "caption", "artist", "asset_family", "collection_id",
            "license_model", "graphical_style", "color_type", "orientation", "date_created", "date_submitted",
            "call_for_image", "quality_rank", "uri_oembed", "editorial_segments", "editorial_source", "event_ids",
            "allowed_use", "keywords", "referral_destinations", "largest_downloads", "download_sizes", "display_sizes",
            "city", "artist_title");
    /** Names the mapper looks for inside nested values, so generated objects reach those paths. */
    private static final String[] NESTED_NAMES = { "id", "name", "release_info", "usage_restrictions", "product_type",
            "downloads", "height", "width", "dpi", "bytes", "keyword_id", "text", "type", "site_name", "uri", "is_watermarked" };

    private final ImageFieldMapper mapper = new ImageFieldMapper(TestDates.pacific());

    @Test
    void searchImagesAlwaysHaveEveryLegacyMember() throws IOException {
        Set<String> expected = names(golden("search-minimal.legacy.json"));
        qt().withExamples(400).forAll(v3Images(), booleans().all()).checkAssert((v3, keywords) ->
                assertThat(names(JSON.valueToTree(mapper.searchImage(v3, keywords)))).isEqualTo(expected));
    }

    @Test
    void detailImagesAlwaysHaveEveryLegacyMember() throws IOException {
        Set<String> expected = names(golden("detail-creative.legacy.json"));
        qt().withExamples(400).forAll(v3Images()).checkAssert(v3 ->
                assertThat(names(JSON.valueToTree(mapper.detailImage(v3)))).isEqualTo(expected));
    }

    private static Gen<ObjectNode> v3Images() {
        Gen<ObjectNode> image = Generate.constant(NODES::objectNode);
        for (String member : MEMBERS) {
            Gen<JsonNode> maybe = Generate.oneOf(Generate.constant((JsonNode) null), anyValue(2));
            image = image.zip(maybe, (node, value) -> value == null ? node : (ObjectNode) node.set(member, value));
        }
        return image;
    }

    /** Scalars of every JSON type, dates of every v3 form, and (to {@code depth}) arrays and objects of them. */
    private static Gen<JsonNode> anyValue(int depth) {
        Gen<JsonNode> scalar = Generate.oneOf(
                strings().basicLatinAlphabet().ofLengthBetween(0, 10).map(text -> (JsonNode) NODES.textNode(text)),
                integers().all().map(number -> (JsonNode) NODES.numberNode(number)),
                booleans().all().map(flag -> (JsonNode) NODES.booleanNode(flag)),
                Generate.constant((JsonNode) NODES.nullNode()),
                Generate.pick(List.of("2013-01-12T13:49:51-08:00", "2006-04-10T23:59:20", "2006-04-10", "Horizontal",
                        "thumb", "comp", "premiumaccess", "sport")).map(text -> (JsonNode) NODES.textNode(text)));
        if (depth == 0) {
            return scalar;
        }
        Gen<List<JsonNode>> children = lists().of(anyValue(depth - 1)).ofSizeBetween(0, 4);
        return Generate.oneOf(scalar,
                children.map(values -> (JsonNode) NODES.arrayNode().addAll(values)),
                children.map(ImageFieldMapperPropertiesTest::objectOf));
    }

    private static JsonNode objectOf(List<JsonNode> values) {
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < values.size(); i++) {
            object.set(NESTED_NAMES[(i * 7 + values.size()) % NESTED_NAMES.length], values.get(i));
        }
        return object;
    }

    private static JsonNode golden(String name) throws IOException {
        try (InputStream in = ImageFieldMapperPropertiesTest.class.getResourceAsStream("/golden/" + name)) {
            return JSON.readTree(in);
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
