package com.connectgateway.operations.search;

import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.searchOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.SearchRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Any ItemStartNumber/ItemCount window comes back exactly, whatever the v3 page boundaries. */
@QuarkusTest
class SearchPagingTest {

    private String token;

    @BeforeEach
    void session() {
        token = (String) LegacyApi.createUserSession().get("Token");
    }

    private static List<String> window(String token, Map<String, Object> body) {
        return searchOk(token, body).getList("SearchForImagesResult.Images.ImageId", String.class);
    }

    @Test
    void unalignedWindowIsExact() {
        List<String> expected = SearchRequests.v3Ids("creative", Map.of("sort_order", "most_popular", "page_size", "100"));
        JsonBody result = searchOk(token, creative(body(7, 25)));
        assertThat(result.getList("SearchForImagesResult.Images.ImageId", String.class)).isEqualTo(expected.subList(6, 31));
        assertThat(result.getInt("SearchForImagesResult.ItemCount")).isEqualTo(25);
        assertThat(result.getInt("SearchForImagesResult.ItemStartNumber")).isEqualTo(7);
        assertThat(result.getLong("SearchForImagesResult.ItemTotalCount"))
                .isEqualTo(SearchRequests.v3Total("creative", Map.of()));
    }

    @Test
    void consecutiveWindowsNeverOverlapAndLeaveNoGap() {
        List<String> expected = SearchRequests.v3Ids("creative", Map.of("sort_order", "most_popular", "page_size", "100"));
        List<String> seen = new ArrayList<>();
        int start = 1;
        for (int count : new int[] { 7, 25, 3, 30, 13, 22 }) {
            seen.addAll(window(token, creative(body(start, count))));
            start += count;
        }
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        assertThat(seen).isEqualTo(expected.subList(0, 100));
    }

    @Test
    void windowAcrossTheFamilyBoundaryOfACombinedSearch() {
        long creativeTotal = SearchRequests.v3Total("creative", Map.of());
        long editorialTotal = SearchRequests.v3Total("editorial", Map.of());
        List<String> allCreative = new ArrayList<>();
        for (int page = 1; allCreative.size() < creativeTotal; page++) {
            allCreative.addAll(SearchRequests.v3Ids("creative",
                    Map.of("sort_order", "most_popular", "page_size", "100", "page", Integer.toString(page))));
        }
        List<String> lastCreative = allCreative.subList(allCreative.size() - 3, allCreative.size());
        List<String> firstEditorial = SearchRequests.v3Ids("editorial", Map.of("sort_order", "newest", "page_size", "4"));

        JsonBody result = searchOk(token, body((int) creativeTotal - 2, 7)); // 3 creative, then 4 editorial
        List<String> ids = result.getList("SearchForImagesResult.Images.ImageId", String.class);
        assertThat(ids).hasSize(7);
        assertThat(ids.subList(0, 3)).isEqualTo(lastCreative);
        assertThat(ids.subList(3, 7)).isEqualTo(firstEditorial);
        assertThat(result.getList("SearchForImagesResult.Images.ImageFamily", String.class))
                .containsExactly("Creative", "Creative", "Creative", "Editorial", "Editorial", "Editorial", "Editorial");
        assertThat(result.getLong("SearchForImagesResult.ItemTotalCount")).isEqualTo(creativeTotal + editorialTotal);
        assertThat(creativeTotal + editorialTotal).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void lastPartialWindowReturnsWhatIsLeft() {
        long total = SearchRequests.v3Total("creative", Map.of());
        JsonBody result = searchOk(token, creative(body((int) total - 4, 25)));
        assertThat(result.getList("SearchForImagesResult.Images")).hasSize(5);
        assertThat(result.getInt("SearchForImagesResult.ItemCount")).isEqualTo(5);
    }
}
