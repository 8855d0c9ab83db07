package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /v3/events}: the catalog's events, their counts and hero images, fields and errors. */
@QuarkusTest
@SuppressWarnings("unchecked")
class SandboxEventsTest {

    private static final String EVENTS = "/sandbox/v3/events";
    private static final String ALL_FIELDS = "id,name,start_date,child_event_count,image_count,editorial_segments,"
            + "hero_image,location,type";

    @BeforeEach
    void reset() {
        SandboxV3.reset();
    }

    /** An event id an editorial catalog image names. */
    private static int someEventId() {
        JsonBody search = SandboxV3.search("/sandbox/v3/search/images/editorial", Map.of("fields", "id,event_ids", "page_size", 1));
        return ((Number) ((List<Object>) SandboxV3.images(search).get(0).get("event_ids")).get(0)).intValue();
    }

    @Test
    void anEventWithEveryField() {
        int id = someEventId();
        JsonBody body = v3().queryParam("ids", id).queryParam("fields", ALL_FIELDS).get(EVENTS).then().statusCode(200)
                .body(at("events", hasSize(1)))
                .body(at("events[0].id", equalTo(id)))
                .body(at("events[0].child_event_count", equalTo(0)))
                .body(at("events_not_found", equalTo(List.of())))
                .extract().as(JsonBody.class);
        Map<String, Object> event = body.getMap("events[0]");
        assertThat(event.keySet()).containsExactly("id", "child_event_count", "editorial_segments", "hero_image",
                "image_count", "location", "name", "start_date", "type");
        assertThat((String) event.get("name")).isNotBlank();
        assertThat((String) event.get("start_date")).matches("\\d{4}-\\d\\d-\\d\\dT00:00:00([+-]\\d\\d:\\d\\d|Z)");
        assertThat((List<String>) event.get("editorial_segments")).hasSize(1);
        assertThat(((Map<String, Object>) event.get("location")).keySet())
                .containsExactly("city", "country", "state_province", "venue");
        assertThat(((Number) event.get("image_count")).intValue()).isPositive();
    }

    @Test
    void imageCountIsWhatAnEventSearchFindsAndTheHeroImageIsOneOfThem() {
        int id = someEventId();
        JsonBody body = v3().queryParam("ids", id).queryParam("fields", "image_count,hero_image").get(EVENTS).then()
                .statusCode(200).extract().as(JsonBody.class);
        int count = body.getInt("events[0].image_count");
        assertThat(SandboxV3.resultCount("/sandbox/v3/search/images/editorial", Map.of("event_ids", id))).isEqualTo(count);
        String heroId = body.getString("events[0].hero_image.id");
        JsonBody image = v3().queryParam("ids", heroId).queryParam("fields", "event_ids,display_set").get("/sandbox/v3/images")
                .then().statusCode(200).extract().as(JsonBody.class);
        assertThat(image.getList("images[0].event_ids", Integer.class)).contains(id);
        List<Map<String, Object>> imageSizes = image.getList("images[0].display_sizes");
        List<Map<String, Object>> heroSizes = body.getList("events[0].hero_image.display_sizes");
        assertThat(heroSizes).isEqualTo(imageSizes);
        assertThat(heroSizes).extracting(size -> size.get("name")).containsExactly("comp", "preview", "thumb");
    }

    @Test
    void fieldsAreHonouredAndDefaultToNameAndStartDate() {
        int id = someEventId();
        Map<String, Object> event = v3().queryParam("ids", id).queryParam("fields", "location,id").get(EVENTS).then()
                .statusCode(200).extract().as(JsonBody.class).getMap("events[0]");
        assertThat(event.keySet()).containsExactly("id", "location");
        event = v3().queryParam("ids", id).get(EVENTS).then().statusCode(200).extract().as(JsonBody.class).getMap("events[0]");
        assertThat(event.keySet()).containsExactly("id", "name", "start_date");
        v3().queryParam("ids", id).queryParam("fields", "name,caption").get(EVENTS).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidRequestParameters")))
                .body(at("ErrorMessage", containsString("caption")));
    }

    @Test
    void unknownIdsAreListedInOrderAndDuplicatesOnce() {
        int id = someEventId();
        v3().queryParam("ids", "5," + id + ",7," + id).get(EVENTS).then().statusCode(200)
                .body(at("events.id", equalTo(List.of(id))))
                .body(at("events_not_found", equalTo(List.of(5, 7))));
    }

    @Test
    void noKnownEventIsA404() {
        v3().queryParam("ids", "1,2").get(EVENTS).then().statusCode(404)
                .body(at("ErrorCode", equalTo("EventNotFound"))).body(at("ErrorMessage", containsString("1, 2")));
        v3().get(EVENTS + "/3").then().statusCode(404).body(at("ErrorCode", equalTo("EventNotFound")));
    }

    @Test
    void idsMustBeWholeNumbersAtMostAHundred() {
        v3().get(EVENTS).then().statusCode(400).body(at("ErrorCode", equalTo("InvalidRequestParameters")))
                .body(at("ErrorMessage", containsString("ids")));
        v3().queryParam("ids", "12,abc").get(EVENTS).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidRequestParameters"))).body(at("ErrorMessage", containsString("abc")));
        v3().queryParam("ids", "99999999999").get(EVENTS).then().statusCode(400);
        v3().get(EVENTS + "/abc").then().statusCode(400).body(at("ErrorCode", equalTo("InvalidRequestParameters")));
        String hundredOne = IntStream.rangeClosed(1, 101).mapToObj(String::valueOf).collect(Collectors.joining(","));
        v3().queryParam("ids", hundredOne).get(EVENTS).then().statusCode(400)
                .body(at("ErrorMessage", containsString("100")));
        String hundred = someEventId() + "," + IntStream.rangeClosed(1, 99).mapToObj(String::valueOf).collect(Collectors.joining(","));
        v3().queryParam("ids", hundred).get(EVENTS).then().statusCode(200).body(at("events_not_found", hasSize(99)));
        v3().queryParam("ids", "1").queryParam("page", "1").get(EVENTS).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidRequestParameters")));
    }

    @Test
    void oneEventByPathIsTheBareEvent() {
        int id = someEventId();
        v3().queryParam("fields", "name,image_count").get(EVENTS + "/" + id).then().statusCode(200)
                .body(at("id", equalTo(id)))
                .body(at("events", equalTo(null)));
        Map<String, Object> event = v3().queryParam("fields", "name,image_count").get(EVENTS + "/" + id).then()
                .extract().as(JsonBody.class).getMap("$");
        assertThat(event.keySet()).containsExactly("id", "image_count", "name");
    }

    @Test
    void needsTheApiKeyButNoBearer() {
        given().port(SandboxV3.port()).queryParam("ids", "1").get(EVENTS).then().statusCode(401)
                .body(at("message", equalTo("Unauthorized")));
        v3(SandboxV3.userToken()).queryParam("ids", someEventId()).get(EVENTS).then().statusCode(200);
    }

    @Test
    void faultsAndHitsMatchTheEventsPath() {
        FaultControl.rule("""
                {"path": "/sandbox/v3/events", "method": "GET", "status": 503, "body": "{\\"message\\":\\"down\\"}"}
                """);
        v3().queryParam("ids", "1").get(EVENTS).then().statusCode(503);
        v3().get(EVENTS + "/1").then().statusCode(503);
        assertThat(FaultControl.hits("/sandbox/v3/events")).extracting(hit -> hit.get("path"))
                .containsExactly(EVENTS, EVENTS + "/1");
        assertThat(FaultControl.faults("/sandbox/v3/events")).doesNotContain("none");
    }
}
