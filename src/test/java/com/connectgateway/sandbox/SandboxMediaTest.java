package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The display-size pictures: real PNGs, sized like v3's, served without an Api-Key. */
@QuarkusTest
class SandboxMediaTest {

    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    @ParameterizedTest
    @CsvSource({ "thumb,170", "preview,340", "comp,612" })
    void displaySizeUrisServeProportionalPngs(String size, int longSide) {
        JsonBody body = v3().queryParam("fields", "max_dimensions," + size).queryParam("page_size", "5")
                .get("/sandbox/v3/search/images").then().statusCode(200).extract().as(JsonBody.class);
        List<Map<String, Object>> images = SandboxV3.images(body);
        for (Map<String, Object> image : images) {
            Map<?, ?> max = (Map<?, ?>) image.get("max_dimensions");
            String uri = (String) ((Map<?, ?>) ((List<?>) image.get("display_sizes")).get(0)).get("uri");
            // Fetched as a browser would: the absolute URI, no Api-Key.
            Response png = given().get(uri);
            assertThat(png.statusCode()).isEqualTo(200);
            assertThat(png.contentType()).isEqualTo("image/png");
            byte[] bytes = png.asByteArray();
            assertThat(bytes).startsWith(PNG_MAGIC);
            int width = ByteBuffer.wrap(bytes, 16, 4).getInt();
            int height = ByteBuffer.wrap(bytes, 20, 4).getInt();
            int maxWidth = (Integer) max.get("width");
            int maxHeight = (Integer) max.get("height");
            assertThat(Math.max(width, height)).isEqualTo(longSide);
            assertThat((double) width / height).isCloseTo((double) maxWidth / maxHeight,
                    offset(0.05 * maxWidth / maxHeight + 0.02));
        }
    }

    @Test
    void theSamePictureTwiceIsTheSameBytes() {
        byte[] first = given().port(SandboxV3.port()).get("/sandbox/media/100000003/comp.png").asByteArray();
        byte[] second = given().port(SandboxV3.port()).get("/sandbox/media/100000003/comp.png").asByteArray();
        assertThat(second).isEqualTo(first);
        byte[] other = given().port(SandboxV3.port()).get("/sandbox/media/100000004/comp.png").asByteArray();
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void unknownImagesAndSizesAre404() {
        given().port(SandboxV3.port()).get("/sandbox/media/999/thumb.png").then().statusCode(404);
        given().port(SandboxV3.port()).get("/sandbox/media/100000001/huge.png").then().statusCode(404);
        given().port(SandboxV3.port()).get("/sandbox/media/100000001/thumb.jpg").then().statusCode(404);
    }

    @Test
    void mediaNeedsNoApiKeyButV3Does() {
        given().port(SandboxV3.port()).get("/sandbox/media/100000001/thumb.png").then().statusCode(200);
        given().port(SandboxV3.port()).get("/sandbox/v3/images/100000001").then().statusCode(401);
        given().port(SandboxV3.port()).get("/sandbox/v3/collections").then().statusCode(401);
    }
}
