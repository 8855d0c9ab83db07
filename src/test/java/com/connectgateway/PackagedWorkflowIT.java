package com.connectgateway;

import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.SearchRequests;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged application (jar, or native executable with -Dnative) through a whole legacy
 * workflow: search, details, download authorization, download request and the file itself, plus
 * one upstream failure, so packaging problems (missing reflection data, resources) show up here.
 */
@QuarkusIntegrationTest
class PackagedWorkflowIT {

    @Test
    void searchDetailsAuthorizeDownloadAndFetch() {
        Map<String, Object> session = LegacyApi.createUserSession();
        String token = (String) session.get("Token");
        Map<String, Object> body = SearchRequests.creative(SearchRequests.body(1, 5));
        SearchRequests.part(body, "ResultOptions").put("IncludeKeywords", true);
        JsonBody search = SearchRequests.searchOk(token, body);
        assertThat(search.getList("SearchForImagesResult.Images")).hasSize(5);
        assertThat(search.getString("SearchForImagesResult.Images[0].DateCreated")).startsWith("/Date(");

        String imageId = Downloads.creativeImage(token, Downloads::downloadable);
        LegacyApi.post(LegacyApi.overHttp(), "/v1/search/GetImageDetails",
                LegacyApi.envelope(token, null, "GetImageDetailsRequestBody", Map.of("ImageIds", List.of(imageId))))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("GetImageDetailsResult.Images[0].ImageId", equalTo(imageId)));

        String downloadToken = Downloads.largestToken(token, imageId);
        String url = Downloads.create(LegacyApi.overHttps(), (String) session.get("SecureToken"), List.of(downloadToken))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")))
                .extract().as(JsonBody.class).get("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment");
        assertThat(given().get(url).then().statusCode(200).extract().asByteArray()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void upstreamOutageIsALegacyError() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        Faults.rule(Map.of("path", "/sandbox/v3/search/images/creative", "status", 500));
        try {
            SearchRequests.search(token, SearchRequests.creative(SearchRequests.body(1, 5)))
                    .body(at("ResponseHeader.Status", equalTo("error")))
                    .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")));
        } finally {
            Faults.clear();
        }
    }
}
