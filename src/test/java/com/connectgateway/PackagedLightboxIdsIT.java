package com.connectgateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.PackagedGateways;
import com.connectgateway.support.PackagedGateways.Ports;
import com.connectgateway.support.PackagedJar;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * LightboxIds survive a gateway restart: the packaged jar runs once as the v3 upstream (its
 * sandbox, which keeps the boards) and twice in turn as the gateway in front of it, the second
 * after the first has stopped. A client that stored the integer from the first gateway reads the
 * same lightbox through the second, and both list the same ids.
 */
class PackagedLightboxIdsIT {

    private static final Path UPSTREAM_LOG = Path.of("target", "packaged-lightbox-upstream.log");
    private static final Path GATEWAY_LOG = Path.of("target", "packaged-lightbox-gateway.log");

    private final PackagedGateways jars = new PackagedGateways();

    @AfterEach
    void stop() throws Exception {
        jars.close();
    }

    @Test
    void aStoredLightboxIdNamesTheSameLightboxAfterARestart() throws Exception {
        assertThat(PackagedJar.JAR).as("the packaged jar (./mvnw package)").exists();
        String sandbox = jars.startUpstream(UPSTREAM_LOG);

        Ports first = Ports.free();
        Process firstGateway = jars.start(GATEWAY_LOG, PackagedGateways.gateway(sandbox, first));
        String token = userToken(first);
        JsonBody created = post(first, token, "CreateLightbox", Map.of("LightboxName", "Kept across restarts"));
        int lightboxId = ((Number) created.get("CreateLightboxResult.LightboxId")).intValue();
        post(first, token, "CreateLightboxItems", Map.of("LightboxId", lightboxId, "AssetIds", List.of(anImage(first, token))));
        List<Object> idsBefore = headerIds(first, token);
        assertThat(idsBefore).contains(Integer.toString(lightboxId));
        firstGateway.destroy();
        assertThat(firstGateway.waitFor(30, TimeUnit.SECONDS)).as("the first gateway stopped").isTrue();

        Ports second = Ports.free();
        jars.start(GATEWAY_LOG, PackagedGateways.gateway(sandbox, second));
        String newToken = userToken(second);
        assertThat(headerIds(second, newToken)).isEqualTo(idsBefore);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("ItemStartNumber", 1);
        options.put("ItemCount", 10);
        JsonBody read = post(second, newToken, "GetLightbox", Map.of("LightboxId", lightboxId, "LightboxItemsViewOptions", options));
        assertThat(read.getString("ResponseHeader.Status")).isEqualTo("success");
        assertThat(read.getString("GetLightboxResult.Lightbox.LightboxHeader.LightboxName")).isEqualTo("Kept across restarts");
        assertThat(read.getList("GetLightboxResult.Lightbox.LightboxItems")).hasSize(1);
    }

    private static String userToken(Ports ports) {
        return PackagedGateways.userSession(ports).getString("CreateSessionResult.Token");
    }

    private static String anImage(Ports ports, String token) {
        Map<String, Object> body = Map.of("Query", Map.of("SearchPhrase", "dog"), "Filter", Map.of("ImageFamilies", List.of("Creative")),
                "ResultOptions", Map.of("ItemStartNumber", 1, "ItemCount", 1));
        return PackagedGateways.call(ports, "search", token, "SearchForImages", body).getString("SearchForImagesResult.Images[0].ImageId");
    }

    private static List<Object> headerIds(Ports ports, String token) {
        return post(ports, token, "GetLightboxHeaders", Map.of("ResultsViewOptions", Map.of("ItemStartNumber", 1, "ItemCount", 50)))
                .getList("GetLightboxHeadersResult.LightboxHeaders.LightboxId");
    }

    private static JsonBody post(Ports ports, String token, String operation, Map<String, ?> body) {
        JsonBody answer = PackagedGateways.call(ports, "lightbox", token, operation, body);
        assertThat(answer.getString("ResponseHeader.Status")).as(operation).isIn("success", "warning");
        return answer;
    }
}
