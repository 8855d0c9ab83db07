package com.connectgateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.PackagedGateways;
import com.connectgateway.support.PackagedGateways.Ports;
import com.connectgateway.support.PackagedJar;
import com.connectgateway.support.RandomKeys;
import com.connectgateway.support.RedisServer;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged gateways sharing one real redis-server, in front of a third jar as the v3 upstream:
 * a session opened on one replica is served, renewed and downloaded from on the other, and a crowd of
 * callers on both replicas needing a new upstream token makes exactly one token request.
 */
class PackagedRedisReplicasIT {

    private static final Path UPSTREAM_LOG = Path.of("target", "packaged-replicas-upstream.log");

    private static final PackagedGateways jars = new PackagedGateways();
    private static RedisServer redis;
    private static String sandbox;
    private static Ports a;
    private static Ports b;

    @BeforeAll
    static void start() throws Exception {
        assertThat(PackagedJar.JAR).as("the packaged jar (./mvnw package)").exists();
        redis = RedisServer.start();
        sandbox = jars.startUpstream(UPSTREAM_LOG);
        String sessionKey = RandomKeys.base64();
        String downloadKey = RandomKeys.base64();
        a = Ports.free();
        b = Ports.free();
        for (String name : List.of("a", "b")) {
            Ports replica = name.equals("a") ? a : b;
            List<String> options = new ArrayList<>(PackagedGateways.gateway(sandbox, replica));
            options.addAll(List.of("-Dgateway.session.store=redis", "-Dquarkus.redis.hosts=" + redis.url(),
                    "-Dgateway.session.redis.encryption-key=" + sessionKey, "-Dgateway.download.token-key=" + downloadKey,
                    // Only callers trigger refreshes here, and a token of a few seconds is due after a tenth of its life.
                    "-Dgateway.session.renewer.enabled=false", "-Dgateway.session.renewal-lifetime-fraction=0.1",
                    "-Dgateway.upstream.resilience.max-concurrent-calls=256"));
            jars.start(Path.of("target", "packaged-replica-" + name + ".log"), options);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        jars.close();
        redis.close();
    }

    @Test
    void aSessionOpenedOnOneReplicaIsServedRenewedAndDownloadedFromOnTheOther() {
        JsonBody opened = PackagedGateways.userSession(a);
        String token = opened.getString("CreateSessionResult.Token");
        String secureToken = opened.getString("CreateSessionResult.SecureToken");

        List<Map<String, Object>> images = search(b, token).getList("SearchForImagesResult.Images");
        String imageId = (String) images.stream().filter(Downloads::downloadable).findFirst().orElseThrow().get("ImageId");
        String downloadToken = PackagedGateways.call(a, "download", token, "GetLargestImageDownloadAuthorizations",
                Map.of("Images", List.of(Map.of("ImageId", imageId))))
                .getString("GetLargestImageDownloadAuthorizationsResult.Images[0].Authorizations[0].DownloadToken");
        JsonBody download = PackagedGateways.secureCall(b, "download", secureToken, "CreateDownloadRequest",
                Map.of("DownloadItems", List.of(Map.of("DownloadToken", downloadToken))));
        assertThat(download.getString("ResponseHeader.Status")).as("a DownloadToken from A redeemed on B: %s",
                download.getList("ResponseHeader.StatusList")).isEqualTo("success");
        assertThat(download.getString("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment")).isNotBlank();

        JsonBody renewed = PackagedGateways.secureCall(b, "session", secureToken, "RenewSession",
                Map.of("SystemId", LegacyApi.SYSTEM_ID, "SystemPassword", LegacyApi.SYSTEM_PASSWORD));
        assertThat(renewed.getString("ResponseHeader.Status")).isEqualTo("success");
        String newToken = renewed.getString("RenewSessionResult.Token");

        assertThat(search(a, token).getString("ResponseHeader.Status")).as("the old token on A after renewing on B").isEqualTo("success");
        assertThat(search(a, newToken).getString("ResponseHeader.Status")).as("B's new token on A").isEqualTo("success");
    }

    @Test
    void twoHundredCallersOnBothReplicasNeedingANewUpstreamTokenMakeOneTokenRequest() throws Exception {
        sandboxTokens(Map.of("expiresInSeconds", 3));
        String token = PackagedGateways.userSession(a).getString("CreateSessionResult.Token");
        // The new token lives the usual 30 minutes, and takes half a second to get: long enough for both
        // replicas to be asking for it at once.
        sandboxTokens(Map.of("delayMillis", 500));
        Thread.sleep(400); // past a tenth of the 3-second upstream token's life: every call now wants it renewed
        long before = tokenRequests();

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String body = "{\"RequestHeader\":{\"Token\":\"" + token + "\"},\"SearchForImagesRequestBody\":{\"Query\":"
                + "{\"SearchPhrase\":\"dog\"},\"ResultOptions\":{\"ItemStartNumber\":1,\"ItemCount\":5}}}";
        ExecutorService pool = Executors.newFixedThreadPool(200);
        List<Future<String>> answers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < 200; i++) {
                Ports replica = i % 2 == 0 ? a : b;
                answers.add(pool.submit(() -> {
                    go.await();
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + replica.http()
                            + "/v2/search/SearchForImages")).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
                }));
            }
            go.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(90, TimeUnit.SECONDS)).contains("\"Status\":\"success\"");
            }
        } finally {
            pool.shutdownNow();
        }
        // Callers were handed the still-valid old token meanwhile, so the grant may still be under way.
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> tokenRequests() > before);
        Thread.sleep(700); // a second grant, had one started with the first, would have been answered by now
        assertThat(tokenRequests() - before).as("token requests of both replicas together").isEqualTo(1);
        sandboxTokens(Map.of());
    }

    private static JsonBody search(Ports replica, String token) {
        return PackagedGateways.call(replica, "search", token, "SearchForImages", Map.of("Query", Map.of("SearchPhrase", "dog"),
                "ResultOptions", Map.of("ItemStartNumber", 1, "ItemCount", 25)));
    }

    private static void sandboxTokens(Map<String, Object> behaviour) {
        given().baseUri(sandbox).contentType(ContentType.JSON).body(behaviour).put("/control/token-endpoint").then().statusCode(200);
    }

    private static long tokenRequests() {
        return given().baseUri(sandbox).get("/control/stats").then().statusCode(200).extract().as(JsonBody.class).getLong("tokenRequests");
    }
}
