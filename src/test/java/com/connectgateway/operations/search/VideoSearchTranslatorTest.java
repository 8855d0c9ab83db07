package com.connectgateway.operations.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.connectgateway.operations.ResultWindow;
import com.connectgateway.operations.search.SearchForImagesBody.IdsAndMode;
import com.connectgateway.operations.search.SearchForVideosBody.Filter;
import com.connectgateway.operations.search.SearchForVideosBody.Query;
import com.connectgateway.operations.search.SearchForVideosBody.ResultOptions;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every SearchForVideos member ends as a v3 parameter, a legacy error or an Information entry. */
class VideoSearchTranslatorTest {

    private static SearchForVideosBody body(Filter filter, Query query, ResultOptions options) {
        return new SearchForVideosBody(filter, null, query, options);
    }

    private static final ResultOptions FIRST_TEN = new ResultOptions(10, 1, null);

    private static SearchPlan plan(SearchForVideosBody body, boolean user) {
        ResultWindow window = VideoSearchTranslator.validate(body);
        return VideoSearchTranslator.translate(body, window, List.of(), user);
    }

    @Test
    void oneFamilyWithItsMembers() {
        SearchPlan plan = plan(body(new Filter(List.of("Editorial"), "Raw", null, true, List.of("HD"), List.of("RoyaltyFree")),
                new Query(null, List.of("123"), "harbour", null), new ResultOptions(10, 11, "MostPopular")), true);
        assertThat(plan.segments()).hasSize(1);
        SearchPlan.Segment segment = plan.segments().get(0);
        assertThat(segment.media()).isEqualTo(SearchPlan.Media.VIDEOS);
        assertThat(segment.family()).isEqualTo("editorial");
        assertThat(segment.query()).containsEntry("phrase", "harbour").containsEntry("keyword_ids", "123")
                .containsEntry("format_available", "hd").containsEntry("editorial_video_types", "raw")
                .containsEntry("sort_order", "most_popular").doesNotContainKeys("exclude_nudity", "license_models");
        assertThat(segment.query().get("fields")).contains("download_sizes", "source", "display_set");
        assertThat(plan.notes()).extracting(StatusEntry::message).containsExactlyInAnyOrder(
                "Filter.ExcludeNudity applies to creative videos only and was ignored.",
                "Filter.LicensingModels applies to creative videos only and was ignored.");
        assertThat(plan.itemStartNumber()).isEqualTo(11);
    }

    @Test
    void noFamilySearchesBothAndBothFormatsFilterNothing() {
        SearchPlan plan = plan(body(new Filter(null, null, null, true, List.of("HD", "SD"), null), new Query(null, null, "dog", null),
                FIRST_TEN), false);
        assertThat(plan.segments()).extracting(SearchPlan.Segment::family).containsExactly("creative", "editorial");
        assertThat(plan.segments().get(0).query()).containsEntry("exclude_nudity", "true").doesNotContainKey("format_available");
        assertThat(plan.segments().get(1).query()).doesNotContainKey("exclude_nudity");
        assertThat(plan.segments().get(0).query().get("fields")).doesNotContain("download_sizes", "source");
    }

    @Test
    void assetIdsStandAlone() {
        SearchForVideosBody byId = body(null, new Query(List.of("1", " ", "2", "1"), null, null, null), FIRST_TEN);
        VideoSearchTranslator.validate(byId);
        assertThat(VideoSearchTranslator.assetIds(byId)).containsExactly("1", "2");
        refused(body(null, new Query(List.of("1"), null, "dog", null), FIRST_TEN), StatusCode.INVALID_SEARCH_FOR_VIDEO_BY_ASSET_ID);
        refused(body(new Filter(List.of("Creative"), null, null, null, null, null), new Query(List.of("1"), null, null, null), FIRST_TEN),
                StatusCode.INVALID_SEARCH_FOR_VIDEO_BY_ASSET_ID);
        refused(body(null, new Query(java.util.stream.IntStream.rangeClosed(1, 501).mapToObj(Integer::toString).toList(), null, null,
                null), FIRST_TEN), StatusCode.ASSET_ID_LIST_EXCEEDS_MAX_ALLOWED);
    }

    @Test
    void validationCodes() {
        refused(body(null, null, new ResultOptions(null, 1, null)), StatusCode.INVALID_ITEM_COUNT);
        refused(body(null, null, new ResultOptions(91, 1, null)), StatusCode.MAX_EXCEEDED);
        refused(body(null, null, new ResultOptions(10, 0, null)), StatusCode.INVALID_ITEM_START_NUMBER);
        refused(body(new Filter(List.of("Stock"), null, null, null, null, null), null, FIRST_TEN), StatusCode.INVALID_REQUEST);
        refused(body(new Filter(null, "Documentary", null, null, null, null), null, FIRST_TEN), StatusCode.INVALID_REQUEST);
        refused(body(new Filter(null, null, null, null, List.of("4K"), null), null, FIRST_TEN), StatusCode.INVALID_REQUEST);
        refused(body(new Filter(null, null, null, null, null, List.of("RightsManaged")), null, FIRST_TEN), StatusCode.INVALID_REQUEST);
        refused(body(new Filter(List.of("Creative"), null, null, null, null, null), null, new ResultOptions(10, 1, "MostPopular")),
                StatusCode.INVALID_REQUEST);
        refused(body(null, null, new ResultOptions(10, 1, "Alphabetical")), StatusCode.INVALID_REQUEST);
        refused(body(new Filter(null, null, new IdsAndMode(List.of("12"), null), null, null, null), null, FIRST_TEN),
                StatusCode.COLLECTION_MODE_EMPTY);
        refused(body(new Filter(null, null, new IdsAndMode(List.of("12"), "sideways"), null, null, null), null, FIRST_TEN),
                StatusCode.INVALID_INCLUDE_EXCLUDE_MODE);
    }

    @Test
    void entityUrisAndASortOrderOverBothFamiliesAreReported() {
        SearchPlan plan = plan(body(null, new Query(null, null, "dog", List.of("http://dbpedia.org/resource/Dog")),
                new ResultOptions(10, 1, "MostRecent")), false);
        assertThat(plan.segments()).allSatisfy(segment -> assertThat(segment.query()).containsEntry("sort_order", "newest"));
        assertThat(plan.notes()).extracting(StatusEntry::code).containsOnly(StatusCode.IGNORED_FIELD.wire());
        assertThat(plan.notes()).hasSize(2);
    }

    private static void refused(SearchForVideosBody body, StatusCode code) {
        assertThatThrownBy(() -> VideoSearchTranslator.validate(body)).isInstanceOfSatisfying(LegacyFault.class,
                fault -> assertThat(fault.code()).isEqualTo(code));
    }
}
