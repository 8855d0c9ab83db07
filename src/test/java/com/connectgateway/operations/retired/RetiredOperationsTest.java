package com.connectgateway.operations.retired;

import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operations v3 cannot serve answer a documented refusal after their transport rule, and the implicit grant is refused without a redirect. */
@QuarkusTest
class RetiredOperationsTest {

    private Map<String, Object> session;

    @BeforeEach
    void session() {
        session = LegacyApi.createUserSession();
    }

    private String token() {
        return (String) session.get("Token");
    }

    private String secureToken() {
        return (String) session.get("SecureToken");
    }

    @Test
    void createCustomerIsRefusedAsNotCreatedOverHttpsAndNeedsHttps() {
        Map<String, Object> customer = Map.of("UserName", "new-user", "Password", "secret-1", "EmailAddress", "a@example.com",
                "FirstName", "A", "LastName", "B", "BillingCountryChar3Iso", "USA");
        String application = (String) LegacyApi.createApplicationSession().get("Token");
        LegacyApi.post(LegacyApi.overHttps(), "/v1/account/CreateCustomer",
                LegacyApi.envelope(application, "cc", "CreateCustomerRequestBody", customer))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.CoordinationId", equalTo("cc")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("FailedToCreateCustomer")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("CreateCustomer is retired")))
                .body(at("CreateCustomerResult", nullValue()));
        LegacyApi.post(LegacyApi.overHttp(), "/v1/account/CreateCustomer",
                LegacyApi.envelope(token(), null, "CreateCustomerRequestBody", customer))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")));
    }

    @Test
    void purchaseOperationsAreRefusedAsNotAuthorized() {
        for (String operation : new String[] { "GetImagePurchaseAuthorizations", "GetLargestImagePurchaseAuthorizations" }) {
            LegacyApi.post(LegacyApi.overHttp(), "/v2/purchase/" + operation,
                    LegacyApi.envelope(token(), null, operation + "RequestBody", Map.of("Images", List.of())))
                    .body(at("ResponseHeader.StatusList[0].Code", equalTo("NoAuthorizations")))
                    .body(at("ResponseHeader.StatusList[0].Message", containsString(operation + " is retired")));
        }
        LegacyApi.post(LegacyApi.overHttps(), "/v1/purchase/CreatePurchaseRequest",
                LegacyApi.envelope(secureToken(), null, "CreatePurchaseRequestRequestBody", Map.of()))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("NoAuthorizations")));
        LegacyApi.post(LegacyApi.overHttps(), "/v1/purchase/CreatePurchaseRequest",
                LegacyApi.envelope(token(), null, "CreatePurchaseRequestRequestBody", Map.of()))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresSecureToken")));
        LegacyApi.post(LegacyApi.overHttp(), "/v1/purchase/GetImagePurchaseAuthorizations",
                LegacyApi.envelope("not-a-token", null, "GetImagePurchaseAuthorizationsRequestBody", Map.of()))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
    }

    @Test
    void theImplicitGrantIsRefusedWithoutFollowingTheRedirectUri() {
        for (String path : new String[] { "/oauth2/auth", "/oauth2/auth/" }) {
            given().port(LegacyApi.httpPort()).redirects().follow(false)
                    .queryParam("response_type", "token").queryParam("client_id", "sandbox-system")
                    .queryParam("redirect_uri", "https://attacker.example/cb").queryParam("state", "xyz")
                    .get(path)
                    .then().statusCode(400)
                    .header("Location", nullValue())
                    .header("Cache-Control", "no-store")
                    .body(at("error", equalTo("unsupported_response_type")))
                    .body(at("error_description", containsString("POST /oauth2/token")));
        }
    }
}
