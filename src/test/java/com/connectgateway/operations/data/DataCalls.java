package com.connectgateway.operations.data;

import static com.connectgateway.support.JsonBody.at;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.connectgateway.support.LegacyApi;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Calls of the data operations through the gateway, and the checks they share. */
final class DataCalls {

    private DataCalls() {
    }

    /** {@code POST /v1/data/<operation>} over HTTP with {@code <operation>RequestBody}; a null body leaves the member out. */
    static ValidatableResponse call(String operation, String token, Map<String, ?> body) {
        return call(LegacyApi.overHttp(), "/v1/data/" + operation, operation, token, body);
    }

    static ValidatableResponse call(RequestSpecification transport, String path, String operation, String token, Map<String, ?> body) {
        return LegacyApi.post(transport, path,
                LegacyApi.envelope(token, "data-1", body == null ? null : operation + "RequestBody", body));
    }

    /** A failed call: error status, one entry with {@code code}, and the result member null. */
    static ValidatableResponse fails(ValidatableResponse response, String operation, String code) {
        return response.body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList", hasSize(1)))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo(code)))
                .body(at("ResponseHeader.CoordinationId", equalTo("data-1")))
                .body(at(operation + "Result", org.hamcrest.Matchers.nullValue()));
    }

    static ValidatableResponse succeeds(ValidatableResponse response) {
        return response.body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList", hasSize(0)))
                .body(at("ResponseHeader.CoordinationId", equalTo("data-1")));
    }
}
