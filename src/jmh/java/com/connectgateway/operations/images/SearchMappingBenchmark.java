package com.connectgateway.operations.images;

import com.connectgateway.operations.search.SearchForImagesResult;
import com.connectgateway.upstream.V3Answers;
import com.connectgateway.wire.LegacyResponse;
import com.connectgateway.wire.ResponseHeader;
import com.connectgateway.wire.TestDates;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The mapping path of SearchForImages without a network: the bytes of a 25-image v3 search page
 * (the 2018 detail_set sample's image, with the fields the gateway asks for; test resource
 * bench/search-creative-25.v3.json) to the bytes of the legacy answer, through the classes
 * production uses: {@link V3Answers} (V3Api's parse), {@link ImageFieldMapper}, the result records
 * and Jackson with the settings Quarkus gives its ObjectMapper.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SearchMappingBenchmark {

    private byte[] v3Page;
    private ObjectMapper json;
    private V3Answers answers;
    private ImageFieldMapper mapper;

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/bench/search-creative-25.v3.json")) {
            v3Page = in.readAllBytes();
        }
        json = quarkusLikeMapper();
        answers = new V3Answers(json);
        mapper = new ImageFieldMapper(TestDates.pacific());
        int images = json.readTree(searchForImages()).at("/SearchForImagesResult/Images").size();
        if (images != 25) {
            throw new IllegalStateException("the benchmark page mapped to " + images + " images, not 25");
        }
    }

    /** Quarkus's ObjectMapper: registered modules, unknown properties and empty beans tolerated, ISO dates. */
    static ObjectMapper quarkusLikeMapper() {
        return new ObjectMapper().findAndRegisterModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    }

    @Benchmark
    public byte[] searchForImages() throws IOException {
        JsonNode page = answers.success(v3Page, false);
        List<SearchImage> images = new ArrayList<>();
        for (JsonNode image : page.path("images")) { // as SearchWindow collects them
            images.add(mapper.searchImage(image, false));
        }
        SearchForImagesResult result = new SearchForImagesResult(images, null, "MostPopular", images.size(), 1,
                page.path("result_count").asLong(), List.of());
        LegacyResponse response = new LegacyResponse(new ResponseHeader(List.of(), NullNode.getInstance()),
                "SearchForImagesResult", result);
        return json.writeValueAsBytes(response.toJson());
    }
}
