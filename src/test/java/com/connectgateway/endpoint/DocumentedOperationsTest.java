package com.connectgateway.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No operation the legacy docs name answers "Unknown operation": each is served, or refused the
 * way its documented code says. The list is every operation of the legacy docs' index and
 * endpoint pages, and the pages they link (the purchase operations), as {@code service/Operation}.
 */
@QuarkusTest
class DocumentedOperationsTest {

    static final List<String> DOCUMENTED = List.of(
            "session/CreateSession", "session/CreateApplicationSession", "session/RenewSession",
            "search/SearchForImages", "search/GetImageDetails", "search/GetEventDetails", "search/SearchForVideos",
            "download/GetImageDownloadAuthorizations", "download/GetLargestImageDownloadAuthorizations",
            "download/CreateDownloadRequest", "download/GetPreviousDownloads",
            "lightbox/CreateLightbox", "lightbox/GetLightboxHeaders", "lightbox/GetLightbox", "lightbox/UpdateLightboxHeader",
            "lightbox/DeleteLightbox", "lightbox/CreateLightboxItems", "lightbox/DeleteLightboxItems",
            "lightbox/CreateSharedLightbox",
            "data/GetCountries", "data/GetCollections", "data/GetActiveProductOfferings", "data/GetAllProductOfferings",
            "purchase/GetPreviousPurchases", "purchase/CreatePurchaseRequest", "purchase/GetImagePurchaseAuthorizations",
            "purchase/GetLargestImagePurchaseAuthorizations",
            "account/CreateCustomer",
            "partnerassetingestion/GetAssetChanges", "partnerassetingestion/ConfirmAssetChanges",
            "usage/ReportUsage");

    @Inject
    OperationRegistry registry;

    @Test
    void everyDocumentedOperationIsRegistered() {
        assertThat(registry.names()).containsAll(DOCUMENTED);
    }

    @Test
    void noneAnswersUnknownOperation() {
        String secureToken = (String) LegacyApi.createUserSession().get("SecureToken");
        for (String operation : DOCUMENTED) {
            String name = operation.substring(operation.indexOf('/') + 1);
            JsonBody answer = LegacyApi.post(LegacyApi.overHttps(), "/v2/" + operation,
                    LegacyApi.envelope(secureToken, "walk", name + "RequestBody", Map.of())).extract().as(JsonBody.class);
            assertThat(answer.getString("ResponseHeader.CoordinationId")).as(operation).isEqualTo("walk");
            List<String> messages = answer.getList("ResponseHeader.StatusList.Message");
            assertThat(messages).as(operation).noneMatch(message -> message != null && message.startsWith("Unknown operation"));
        }
    }
}
