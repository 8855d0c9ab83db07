package com.connectgateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Legacy envelopes and calls over the gateway's real HTTP and HTTPS listeners. */
public final class LegacyApi {

    public static final String SYSTEM_ID = "sandbox-system";
    public static final String SYSTEM_PASSWORD = "sandbox-secret";
    public static final String USER_NAME = "sandbox-user";
    public static final String USER_PASSWORD = "sandbox-password";

    private LegacyApi() {
    }

    public static int httpPort() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    /**
     * The sandbox listener's port: published by the sandbox once bound in {@code @QuarkusTest}
     * runs, set by Maven (with the same port given to the jar) in packaged-jar runs.
     */
    public static int sandboxPort() {
        String published = System.getProperty("gateway.sandbox.test-port");
        if (published != null) {
            return Integer.parseInt(published);
        }
        return ConfigProvider.getConfig().getValue("gateway.sandbox.test-port", Integer.class);
    }

    public static int httpsPort() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-ssl-port", Integer.class);
    }

    public static RequestSpecification overHttps() {
        return given().relaxedHTTPSValidation().baseUri("https://localhost").port(httpsPort()).contentType(ContentType.JSON);
    }

    public static RequestSpecification overHttp() {
        return given().baseUri("http://localhost").port(httpPort()).contentType(ContentType.JSON);
    }

    /** {"RequestHeader":{"Token":..,"CoordinationId":..}, "<bodyName>": body}. */
    public static Map<String, Object> envelope(String token, Object coordinationId, String bodyName, Map<String, ?> body) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("Token", token);
        header.put("CoordinationId", coordinationId);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("RequestHeader", header);
        if (bodyName != null) {
            envelope.put(bodyName, body);
        }
        return envelope;
    }

    public static Map<String, Object> userCredentials() {
        Map<String, Object> body = systemCredentials();
        body.put("UserName", USER_NAME);
        body.put("UserPassword", USER_PASSWORD);
        return body;
    }

    public static Map<String, Object> systemCredentials() {
        Map<String, Object> body = new HashMap<>();
        body.put("SystemId", SYSTEM_ID);
        body.put("SystemPassword", SYSTEM_PASSWORD);
        return body;
    }

    public static ValidatableResponse post(RequestSpecification transport, String path, Object body) {
        return transport.body(body).when().post(path).then().log().ifValidationFails().statusCode(200).contentType(ContentType.JSON);
    }

    /** Opens a user session over HTTPS and returns its result member (Token, SecureToken, ...). */
    public static Map<String, Object> createUserSession() {
        return post(overHttps(), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", userCredentials()))
                .extract().as(JsonBody.class).getMap("CreateSessionResult");
    }

    public static Map<String, Object> createApplicationSession() {
        return post(overHttps(), "/v1/session/CreateSession",
                envelope(null, null, "CreateSessionRequestBody", systemCredentials()))
                .extract().as(JsonBody.class).getMap("CreateSessionResult");
    }

    public static ValidatableResponse renew(RequestSpecification transport, String token) {
        return post(transport, "/v1/session/RenewSession",
                envelope(token, null, "RenewSessionRequestBody", systemCredentials()));
    }
}
