package com.connectgateway.operations.search;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.searchOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.operations.images.SizeKey;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GetImageDetailsTest {

    private String userToken;

    @BeforeEach
    void session() {
        userToken = (String) LegacyApi.createUserSession().get("Token");
    }

    private static ValidatableResponse details(String token, List<?> ids) {
        return LegacyApi.post(LegacyApi.overHttp(), "/v1/search/GetImageDetails",
                LegacyApi.envelope(token, "d", "GetImageDetailsRequestBody", Map.of("ImageIds", ids)));
    }

    private List<String> someIds(int count) {
        return searchOk(userToken, creative(body(1, count))).getList("SearchForImagesResult.Images.ImageId", String.class);
    }

    @Test
    void detailsOfSearchResultsInRequestOrder() {
        List<String> ids = new ArrayList<>(someIds(5));
        java.util.Collections.reverse(ids);
        JsonBody result = details(userToken, ids)
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.CoordinationId", equalTo("d")))
                .extract().as(JsonBody.class);
        assertThat(result.getList("GetImageDetailsResult.Images.ImageId", String.class)).isEqualTo(ids);
        Map<String, Object> first = result.getMap("GetImageDetailsResult.Images[0]");
        assertThat(first).containsKeys("ArtistTitle", "City", "Country", "CreditLine", "EventId", "StateProvince",
                "SizesDownloadableImages", "UrlHiResComp", "UrlWatermarkHiResComp", "DateSubmitted", "Keywords");
        assertThat(result.getMap("GetImageDetailsResult.Images[0].Keywords[0]").keySet()).containsExactlyInAnyOrder("Id", "Text", "Type");
        assertThat(result.getString("GetImageDetailsResult.Images[0].Keywords[0].Type")).isNotBlank();
    }

    /** Real v3 watermarks comp and preview: the plain members must still be filled. */
    @Test
    void previewAndCompAreNeverNullWhileV3GivesThem() {
        List<Map<String, Object>> images = details(userToken, someIds(20)).extract().as(JsonBody.class)
                .getList("GetImageDetailsResult.Images");
        assertThat(images).hasSize(20).allSatisfy(image -> {
            assertThat(image.get("UrlPreview")).isNotNull();
            assertThat(image.get("UrlComp")).isNotNull();
        });
    }

    @Test
    void downloadableSizesCarrySizeKeysForUsers() {
        String id = someIds(1).get(0);
        JsonBody result = details(userToken, List.of(id)).extract().as(JsonBody.class);
        List<Map<String, Object>> sizes = result.getList("GetImageDetailsResult.Images[0].SizesDownloadableImages");
        assertThat(sizes).isNotEmpty();
        for (Map<String, Object> size : sizes) {
            SizeKey key = SizeKey.decode((String) size.get("SizeKey"));
            assertThat(key.imageId()).isEqualTo(id);
            assertThat(key.height()).isEqualTo(size.get("PixelHeight"));
            assertThat(size.get("FileSizeInBytes")).isInstanceOf(Number.class);
            assertThat(size).containsKeys("InchesHeight", "InchesWidth", "MimeType", "PixelWidth", "ResolutionDpi", "SizeName");
        }
        String anonymous = (String) LegacyApi.createApplicationSession().get("Token");
        details(anonymous, List.of(id)).body(at("GetImageDetailsResult.Images[0].SizesDownloadableImages", hasSize(0)));
    }

    @Test
    void unknownIdsAreReportedWhileKnownOnesAreReturned() {
        String known = someIds(1).get(0);
        details(userToken, List.of("999999999", known, "888888888"))
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("ResponseHeader.StatusList", hasSize(2)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("ImageNotFound")))
                .body(at("ResponseHeader.StatusList[0].Message", org.hamcrest.Matchers.containsString("999999999")))
                .body(at("GetImageDetailsResult.Images.ImageId", org.hamcrest.Matchers.contains(known)));
    }

    @Test
    void allIdsUnknownIsAnError() {
        details(userToken, List.of("999999999"))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("ImageNotFound")))
                .body(at("GetImageDetailsResult.Images", hasSize(0)));
    }

    @Test
    void idsAsNumbersAndDuplicatesOnce() {
        String id = someIds(1).get(0);
        details(userToken, List.of(Long.parseLong(id), id))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("GetImageDetailsResult.Images", hasSize(1)));
    }

    @Test
    void atMostNinetyIds() {
        List<String> ids = IntStream.range(0, 91).mapToObj(i -> Integer.toString(100000000 + i)).toList();
        details(userToken, ids)
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("AssetIdListExceedsMaxAllowed")))
                .body(at("GetImageDetailsResult", nullValue()));
        List<String> ninety = new ArrayList<>(someIds(75));
        ninety.addAll(searchOk(userToken, creative(body(76, 15))).getList("SearchForImagesResult.Images.ImageId", String.class));
        details(userToken, ninety)
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("GetImageDetailsResult.Images", hasSize(90)));
    }

    @Test
    void noIdsIsInvalidRequest() {
        details(userToken, List.of()).body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")));
    }
}
