package com.connectgateway.endpoint;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttp;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static com.connectgateway.support.LegacyApi.userCredentials;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The legacy envelope around every answer, including answers to broken requests. */
@QuarkusTest
class LegacyEnvelopeTest {

    private static final String CREATE_SESSION = "/v1/session/CreateSession";

    /** Raw bytes over HTTPS with no Content-Type header at all. */
    private static RequestSpecification raw() {
        // config() replaces the whole configuration, so it must come before relaxedHTTPSValidation().
        return given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort());
    }

    private static void assertInvalidRequest(Response response, String messagePart) {
        response.then()
                .statusCode(200)
                .contentType("application/json")
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList", hasSize(1)))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString(messagePart)))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void malformedJson() {
        assertInvalidRequest(raw().contentType("application/json").body("{\"RequestHeader\": {").post(CREATE_SESSION), "not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = { "[1,2]", "42", "\"text\"", "true", "null" })
    void jsonThatIsNotAnObject(String body) {
        assertInvalidRequest(raw().contentType("application/json").body(body).post(CREATE_SESSION), "JSON object");
    }

    @Test
    void emptyBody() {
        assertInvalidRequest(raw().contentType("application/json").post(CREATE_SESSION), "empty");
    }

    @Test
    void missingRequestHeader() {
        assertInvalidRequest(raw().contentType("application/json")
                .body("{\"CreateSessionRequestBody\":{}}").post(CREATE_SESSION), "RequestHeader is required");
    }

    @Test
    void requestHeaderOfTheWrongType() {
        assertInvalidRequest(raw().contentType("application/json")
                .body("{\"RequestHeader\":[],\"CreateSessionRequestBody\":{}}").post(CREATE_SESSION), "RequestHeader must be");
    }

    @Test
    void missingOperationBodyKeepsResultKeyNull() {
        Response response = raw().contentType("application/json").body("{\"RequestHeader\":{\"CoordinationId\":\"x\"}}").post(CREATE_SESSION);
        assertInvalidRequest(response, "CreateSessionRequestBody is required");
        response.then().body("$", hasKey("CreateSessionResult")).body(at("CreateSessionResult", nullValue()))
                .body(at("ResponseHeader.CoordinationId", equalTo("x")));
    }

    @Test
    void wrongFieldTypeNamesTheField() {
        assertInvalidRequest(raw().contentType("application/json")
                .body("{\"RequestHeader\":{},\"CreateSessionRequestBody\":{\"SystemId\":[1,2],\"SystemPassword\":\"p\"}}")
                .post(CREATE_SESSION), "CreateSessionRequestBody.SystemId");
    }

    @Test
    void bodyThatIsNotAnObject() {
        assertInvalidRequest(raw().contentType("application/json")
                .body("{\"RequestHeader\":{},\"CreateSessionRequestBody\":\"sandbox\"}").post(CREATE_SESSION), "must be a JSON object");
    }

    @Test
    void unknownOperationHasNoResultKey() {
        Response response = raw().contentType("application/json").body("{\"RequestHeader\":{\"CoordinationId\":\"u\"}}")
                .post("/v2/session/DoSomethingElse");
        assertInvalidRequest(response, "Unknown operation");
        response.then().body("$", not(hasKey("DoSomethingElseResult"))).body(at("ResponseHeader.CoordinationId", equalTo("u")));
    }

    @Test
    void operationUnderTheWrongServiceIsUnknown() {
        assertInvalidRequest(raw().contentType("application/json").body("{\"RequestHeader\":{}}")
                .post("/v1/search/CreateSession"), "Unknown operation");
    }

    @Test
    void pathWithoutServiceAndOperation() {
        assertInvalidRequest(raw().contentType("application/json").body("{}").post("/v1/session"), "Unknown operation path");
        assertInvalidRequest(raw().contentType("application/json").body("{}").post("/v2/a/b/c"), "Unknown operation path");
    }

    @ParameterizedTest
    @ValueSource(strings = { "GET", "PUT", "DELETE", "PATCH" })
    void otherMethodsThanPost(String method) {
        assertInvalidRequest(raw().contentType("application/json").body("{}").request(method, CREATE_SESSION), "POST");
    }

    @Test
    void textJsonAndMissingContentTypeAreAccepted() {
        String body = "{\"RequestHeader\":{\"CoordinationId\":\"t\"},\"CreateSessionRequestBody\":"
                + "{\"SystemId\":\"sandbox-system\",\"SystemPassword\":\"sandbox-secret\"}}";
        raw().contentType("text/json").body(body).post(CREATE_SESSION).then()
                .statusCode(200).body(at("ResponseHeader.Status", equalTo("success")));
        raw().body(body.getBytes(StandardCharsets.UTF_8)).post(CREATE_SESSION).then()
                .statusCode(200).body(at("ResponseHeader.Status", equalTo("success")));
    }

    @Test
    void operationAndServiceNamesIgnoreCase() {
        post(overHttps(), "/v1/SESSION/createsession", envelope(null, null, "CreateSessionRequestBody", userCredentials()))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("CreateSessionResult.Token", not(nullValue())));
    }

    @Test
    void lenientMembersAndValues() {
        // Member names in other case, numbers where strings belong, nulls and extra members.
        String body = "{\"requestheader\":{\"token\":null,\"coordinationid\":\"l\",\"Detail\":{\"x\":1}},"
                + "\"RememberedUser\":true,"
                + "\"createsessionrequestbody\":{\"systemid\":\"sandbox-system\",\"SYSTEMPASSWORD\":\"sandbox-secret\","
                + "\"UserName\":null,\"Extra\":[1,2,3],\"Detail\":12}}";
        raw().contentType("application/json").body(body).post(CREATE_SESSION).then().statusCode(200)
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.CoordinationId", equalTo("l")));
    }

    @Test
    void coordinationIdIsEchoedUnchangedWhateverItsType() {
        raw().contentType("application/json").body("{\"RequestHeader\":{\"CoordinationId\":{\"a\":[1,\"b\"]}}}")
                .post("/v1/session/Unknown").then().body(at("ResponseHeader.CoordinationId.a[1]", equalTo("b")));
        raw().contentType("application/json").body("{\"RequestHeader\":{\"CoordinationId\":12.5}}")
                .post("/v1/session/Unknown").then().body(at("ResponseHeader.CoordinationId", equalTo(12.5f)));
        String nullEcho = raw().contentType("application/json").body("{\"RequestHeader\":{\"CoordinationId\":null}}")
                .post("/v1/session/Unknown").asString();
        assertThat(nullEcho).contains("\"CoordinationId\":null");
        String absentEcho = raw().contentType("application/json").body("{\"RequestHeader\":{}}")
                .post("/v1/session/Unknown").asString();
        assertThat(absentEcho).contains("\"CoordinationId\":null");
    }

    @Test
    void headerOrderAndLowerCaseStatusOnTheWire() {
        String json = raw().contentType("application/json").body("{\"RequestHeader\":{}}").post("/v1/session/Unknown").asString();
        assertThat(json).startsWith("{\"ResponseHeader\":{\"Status\":\"error\",\"StatusList\":[{\"Type\":\"Error\",\"Code\":\"InvalidRequest\"");
    }

    @Test
    void declaredOversizedBodyGets413WithEnvelope() {
        byte[] big = new byte[(1024 * 1024) + 10];
        Arrays.fill(big, (byte) ' ');
        raw().contentType("application/json").body(big).post(CREATE_SESSION).then()
                .statusCode(413)
                .contentType("application/json")
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("larger than 1048576 bytes")));
    }

    @Test
    void chunkedOversizedBodyGets413WithEnvelope() {
        byte[] big = new byte[(1024 * 1024) + 10];
        Arrays.fill(big, (byte) ' ');
        InputStream stream = new ByteArrayInputStream(big); // streamed bodies are sent chunked, without Content-Length
        raw().contentType("application/json").body(stream).post(CREATE_SESSION).then()
                .statusCode(413)
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")));
    }

    @Test
    void bodyJustUnderTheLimitIsParsed() {
        String padding = " ".repeat(1024 * 1024 - 200);
        assertInvalidRequest(raw().contentType("application/json").body("{\"RequestHeader\":{}}" + padding)
                .post("/v1/session/Unknown"), "Unknown operation");
    }

    @Test
    void plainHttpAnswersDirectlyWithoutRedirect() {
        overHttp().redirects().follow(false).body("{\"RequestHeader\":{}}").post("/v1/session/Unknown").then()
                .statusCode(200).body(at("ResponseHeader.Status", equalTo("error")));
    }

    @Test
    void corsPreflightAndSimpleRequestOnOperationPaths() {
        given().port(LegacyApi.httpPort()).header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                .options(CREATE_SESSION).then()
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", containsString("POST"));
        overHttp().header("Origin", "https://app.example").body("{\"RequestHeader\":{}}").post("/v1/session/Unknown").then()
                .statusCode(200).header("Access-Control-Allow-Origin", equalTo("*"));
    }

    @Test
    void compressedOnlyWhenAsked() {
        RestAssuredConfig noDecoding = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        String body = "{\"RequestHeader\":{}}";
        Response plain = overHttp().config(noDecoding).header("Accept-Encoding", "identity").body(body).post("/v1/session/Unknown");
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.asString()).startsWith("{\"ResponseHeader\"");
        Response gzip = overHttp().config(noDecoding).header("Accept-Encoding", "gzip").body(body).post("/v1/session/Unknown");
        assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void acceptHeaderOfOldClientsDoesNotMatter() {
        overHttps().accept("text/xml").body(envelope(null, null, "CreateSessionRequestBody", userCredentials()))
                .post(CREATE_SESSION).then().statusCode(200).body(at("ResponseHeader.Status", equalTo("success")));
    }

    @Test
    void integerCoordinationIdAndStringNumbersInBody() {
        Map<String, Object> body = userCredentials();
        body.put("SystemId", "sandbox-system");
        post(overHttps(), CREATE_SESSION, envelope(null, 99, "CreateSessionRequestBody", body))
                .body(at("ResponseHeader.CoordinationId", equalTo(99)));
    }

    @Test
    void textAfterTheJsonObjectIsRefusedWithTheCoordinationIdEchoed() {
        String body = "{\"RequestHeader\":{\"CoordinationId\":\"c-1\"},\"CreateSessionRequestBody\":"
                + "{\"SystemId\":\"sandbox-system\",\"SystemPassword\":\"sandbox-secret\"}}";
        Response response = raw().contentType("application/json").body(body + " {\"more\":1}").post(CREATE_SESSION);
        assertInvalidRequest(response, "more text after its JSON object");
        response.then().body(at("ResponseHeader.CoordinationId", equalTo("c-1")));
    }

    @Test
    void overlongUtf8NeverReachesV3() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        Sandbox.reset();
        byte[] head = ("{\"RequestHeader\":{\"Token\":\"" + token + "\"},\"SearchForImagesRequestBody\":"
                + "{\"Query\":{\"SearchPhrase\":\"dog").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "cat\"}}}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xC0; // with the next byte, an overlong "/"
        body[head.length + 1] = (byte) 0xAF;
        System.arraycopy(tail, 0, body, head.length + 2, tail.length);
        assertInvalidRequest(raw().contentType("application/json").body(body).post("/v1/search/SearchForImages"), "not valid UTF-8");
        assertThat(Sandbox.searchPaths()).isEmpty();
    }

    @Test
    void aHeaderMemberNamedTwiceInDifferentCaseIsRefused() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        String body = "{\"RequestHeader\":{\"Token\":\"unknown\",\"token\":\"" + token + "\"},"
                + "\"SearchForImagesRequestBody\":{\"Query\":{\"SearchPhrase\":\"dog\"}}}";
        assertInvalidRequest(raw().contentType("application/json").body(body).post("/v1/search/SearchForImages"),
                "RequestHeader.token is given more than once");
    }
}
