package com.connectgateway.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusReaderTest {

    private static final Path HAR = Path.of("src/test/resources/compare/session.har");
    private static final Path JSONL = Path.of("src/test/resources/compare/session.jsonl");

    @Test
    void harAndJsonlOfTheSameSessionReadAlike() {
        List<Exchange> har = CorpusReader.read(HAR);
        List<Exchange> jsonl = CorpusReader.read(JSONL);
        assertThat(har).hasSize(11); // the ten legacy calls and one script the browser fetched
        assertThat(jsonl).hasSize(10);
        List<Exchange> legacy = har.stream().filter(e -> LegacyOperations.recognise(e.url()).isPresent()).toList();
        assertThat(legacy).extracting(Exchange::url).isEqualTo(jsonl.stream().map(Exchange::url).toList());
        for (int i = 0; i < legacy.size(); i++) {
            assertThat(Json.parseOrNull(legacy.get(i).requestBody())).isEqualTo(Json.parseOrNull(jsonl.get(i).requestBody()));
            assertThat(Json.parseOrNull(legacy.get(i).responseBody())).isEqualTo(Json.parseOrNull(jsonl.get(i).responseBody()));
            assertThat(legacy.get(i).status()).isEqualTo(200);
        }
        assertThat(Exchange.header(jsonl.get(0).requestHeaders(), "content-type")).isEqualTo("application/json");
    }

    @Test
    void jsonlTakesBodiesAsJsonValuesOrTextAndHeadersAsListOrObject() {
        List<Exchange> read = CorpusReader.parse("""
                {"request":{"method":"POST","url":"http://h/v1/search/GetImageDetails","headers":[{"name":"A","value":"1"}],"body":{"x":1}},"response":{"status":200,"body":"{\\"y\\":2}"}}

                {"request":{"url":"http://h/v2/download/123"},"response":{"status":200,"headers":{"B":"2"}}}
                """, "test");
        assertThat(read).hasSize(2);
        assertThat(read.get(0).requestBody()).isEqualTo("{\"x\":1}");
        assertThat(read.get(0).responseBody()).isEqualTo("{\"y\":2}");
        assertThat(read.get(0).requestHeaders()).containsEntry("A", "1");
        assertThat(read.get(1).method()).isEqualTo("POST");
        assertThat(read.get(1).responseHeaders()).containsEntry("B", "2");
    }

    @Test
    void aBrokenLineIsNamed() {
        assertThatThrownBy(() -> CorpusReader.parse("{\"request\":{\"url\":\"http://h/v1/a/B\"}}\nnot json\n", "c.jsonl"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("c.jsonl line 2");
    }

    @Test
    void operationsAreRecognisedFromThePath() {
        assertThat(LegacyOperations.recognise("https://connect.gettyimages.com/v1/session/CreateSession")).contains("session/CreateSession");
        assertThat(LegacyOperations.recognise("http://gw/prefix/v2/Search/SearchForImages?x=1")).contains("search/SearchForImages");
        assertThat(LegacyOperations.recognise("http://gw/v2/download/83454804")).contains(LegacyOperations.SINGLE_STEP_DOWNLOAD);
        assertThat(LegacyOperations.recognise("http://gw/v1/download/CreateDownloadRequest")).contains("download/CreateDownloadRequest");
        assertThat(LegacyOperations.recognise("http://gw/oauth2/token")).contains(LegacyOperations.OAUTH2_TOKEN);
        assertThat(LegacyOperations.recognise("http://gw/app.js")).isEmpty();
        assertThat(LegacyOperations.pathAndQuery("https://h:1/v1/a/B?q=1")).isEqualTo("/v1/a/B?q=1");
    }

    @Test
    void theSideEffectListCoversWritesOnly() {
        assertThat(List.of("download/CreateDownloadRequest", LegacyOperations.SINGLE_STEP_DOWNLOAD, "lightbox/CreateLightbox",
                "lightbox/DeleteLightboxItems", "lightbox/UpdateLightboxHeader", "lightbox/AddItemsToLightbox", "usage/ReportUsage",
                "partnerassetingestion/ConfirmAssetChanges", "account/CreateCustomer")).allMatch(SideEffects::changesState);
        assertThat(List.of("session/CreateSession", "search/SearchForImages", "lightbox/GetLightbox", "lightbox/GetLightboxHeaders",
                "download/GetLargestImageDownloadAuthorizations")).noneMatch(SideEffects::changesState);
    }
}
