package com.connectgateway.operations.search;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.editorial;
import static com.connectgateway.support.SearchRequests.searchOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GetEventDetails through the gateway against the sandbox's {@code /v3/events}. */
@QuarkusTest
@SuppressWarnings("unchecked")
class GetEventDetailsTest {

    private String userToken;

    @BeforeEach
    void session() {
        userToken = (String) LegacyApi.createUserSession().get("Token");
    }

    private static ValidatableResponse events(String path, String token, Map<String, ?> body) {
        return LegacyApi.post(LegacyApi.overHttp(), path, LegacyApi.envelope(token, "e", "GetEventDetailsRequestBody", body));
    }

    private static ValidatableResponse events(String token, List<?> ids) {
        return events("/v1/search/GetEventDetails", token, Map.of("EventIds", ids));
    }

    /** Distinct event ids of editorial search results, as SearchForImages gives them. */
    private List<Integer> eventIdsFromSearch(int atLeast) {
        List<List<Integer>> perImage = searchOk(userToken, editorial(body(1, 75)))
                .getList("SearchForImagesResult.Images.EventIds");
        LinkedHashSet<Integer> ids = new LinkedHashSet<>();
        perImage.forEach(list -> list.forEach(id -> ids.add(((Number) id).intValue())));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(atLeast);
        return new ArrayList<>(ids).subList(0, atLeast);
    }

    @Test
    void eventsOfEditorialSearchResults() {
        List<Integer> ids = eventIdsFromSearch(2);
        JsonBody result = events(userToken, ids)
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList", hasSize(0)))
                .body(at("ResponseHeader.CoordinationId", equalTo("e")))
                .body(at("GetEventDetailsResult.EventResult", hasSize(2)))
                .body(at("GetEventDetailsResult.EventResult[0].EventId", equalTo(ids.get(0))))
                .body(at("GetEventDetailsResult.EventResult[0].Status", equalTo("Success")))
                .body(at("GetEventDetailsResult.EventResult[0].Event.EventId", equalTo(ids.get(0))))
                .body(at("GetEventDetailsResult.EventResult[1].EventId", equalTo(ids.get(1))))
                .extract().as(JsonBody.class);
        Map<String, Object> event = result.getMap("GetEventDetailsResult.EventResult[0].Event");
        assertThat(event.keySet()).containsExactly("ChildEventCount", "EditorialSegments", "EventId", "EventName",
                "ImageCount", "Location", "RepresentativeImageId", "StartDate");
        assertThat((String) event.get("EventName")).isNotBlank();
        assertThat((String) event.get("StartDate")).matches("/Date\\(-?\\d+[+-]\\d{4}\\)/");
        assertThat(((Number) event.get("ImageCount")).intValue()).isPositive();
        assertThat(event.get("ChildEventCount")).isEqualTo(0);
        assertThat((List<String>) event.get("EditorialSegments")).singleElement()
                .isIn("News", "Sport", "Entertainment", "Publicity", "Royalty", "Archival");
        assertThat(((Map<String, Object>) event.get("Location")).keySet()).containsExactly("City", "Country", "StateProvince", "Venue");
        assertThat((String) ((Map<String, Object>) event.get("Location")).get("Venue")).isNotBlank();
        // The representative image is one of the event's images.
        String imageId = (String) event.get("RepresentativeImageId");
        LegacyApi.post(LegacyApi.overHttp(), "/v1/search/GetImageDetails",
                LegacyApi.envelope(userToken, null, "GetImageDetailsRequestBody", Map.of("ImageIds", List.of(imageId))))
                .body(at("GetImageDetailsResult.Images[0].EventIds", org.hamcrest.Matchers.hasItem(ids.get(0))));
    }

    @Test
    void duplicatesOnceAndIdsAsStringsToo() {
        int id = eventIdsFromSearch(1).get(0);
        events(userToken, List.of(String.valueOf(id), id, " " + id + " "))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("GetEventDetailsResult.EventResult", hasSize(1)));
    }

    @Test
    void unknownIdsAreReportedPerIdAsAWarningWhileOthersAreFound() {
        int known = eventIdsFromSearch(1).get(0);
        events(userToken, List.of(999999, known, 888888))
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("ResponseHeader.StatusList", hasSize(2)))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Warning")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("EventNotFound")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("999999")))
                .body(at("ResponseHeader.StatusList[1].Message", containsString("888888")))
                .body(at("GetEventDetailsResult.EventResult", hasSize(3)))
                .body(at("GetEventDetailsResult.EventResult[0].Event", nullValue()))
                .body(at("GetEventDetailsResult.EventResult[0].EventId", equalTo(999999)))
                .body(at("GetEventDetailsResult.EventResult[0].Status", equalTo("Not Found")))
                .body(at("GetEventDetailsResult.EventResult[1].Status", equalTo("Success")))
                .body(at("GetEventDetailsResult.EventResult[2].Status", equalTo("Not Found")));
    }

    @Test
    void noneFoundIsAnErrorWithEachIdStillListed() {
        events(userToken, List.of(11, 12))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList", hasSize(2)))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("EventNotFound")))
                .body(at("GetEventDetailsResult.EventResult.Status", equalTo(List.of("Not Found", "Not Found"))));
    }

    @Test
    void missingEventIds() {
        for (Map<String, ?> body : List.<Map<String, ?>>of(Map.of(), Map.of("EventIds", List.of()), Map.of("EventIds", List.of(" ")))) {
            events("/v1/search/GetEventDetails", userToken, body)
                    .body(at("ResponseHeader.Status", equalTo("error")))
                    .body(at("ResponseHeader.StatusList[0].Code", equalTo("MissingEventIds")));
        }
    }

    @Test
    void idsThatAreNotPositiveWholeNumbersAreInvalidRequest() {
        for (Object bad : List.of("abc", 0, -5, "12.5", "99999999999")) {
            events(userToken, List.of(1, bad))
                    .body(at("ResponseHeader.Status", equalTo("error")))
                    .body(at("ResponseHeader.StatusList", hasSize(1)))
                    .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")))
                    .body(at("ResponseHeader.StatusList[0].Message", containsString(String.valueOf(bad))));
        }
    }

    @Test
    void moreThanFiveHundredDistinctIdsAreTooMany() {
        events(userToken, IntStream.rangeClosed(1, 501).boxed().toList())
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("AssetIdListExceedsMaxAllowed")));
    }

    @Test
    void fiveHundredIdsGoUpInBatchesOfAHundred() {
        int known = eventIdsFromSearch(1).get(0);
        List<Integer> ids = new ArrayList<>(IntStream.rangeClosed(1, 499).boxed().toList());
        ids.add(known);
        events(userToken, ids)
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("GetEventDetailsResult.EventResult", hasSize(500)))
                .body(at("GetEventDetailsResult.EventResult[499].Status", equalTo("Success")))
                .body(at("ResponseHeader.StatusList", hasSize(499)));
    }

    @Test
    void languageIsValidatedLikeTheOtherSearchOperations() {
        int id = eventIdsFromSearch(1).get(0);
        events("/v1/search/GetEventDetails", userToken, Map.of("EventIds", List.of(id), "Language", "not a tag!"))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidLanguageCode")));
        events("/v1/search/GetEventDetails", userToken, Map.of("EventIds", List.of(id), "Language", "de-de"))
                .body(at("ResponseHeader.Status", equalTo("success")));
    }

    @Test
    void v2PathAndAnApplicationSessionWork() {
        int id = eventIdsFromSearch(1).get(0);
        String application = (String) LegacyApi.createApplicationSession().get("Token");
        events("/v2/search/GetEventDetails", application, Map.of("EventIds", List.of(id)))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("GetEventDetailsResult.EventResult[0].Event.EventId", equalTo(id)));
        LegacyApi.post(LegacyApi.overHttps(), "/v1/search/GetEventDetails",
                LegacyApi.envelope(userToken, null, "GetEventDetailsRequestBody", Map.of("EventIds", List.of(id))))
                .body(at("ResponseHeader.Status", equalTo("success")));
    }

    @Test
    void anUnknownTokenIsRefused() {
        events("nope", List.of(1)).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
    }
}
