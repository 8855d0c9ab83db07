package com.connectgateway.operations.download;

import static com.connectgateway.support.Downloads.create;
import static com.connectgateway.support.Downloads.largest;
import static com.connectgateway.support.Downloads.sizes;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import com.connectgateway.operations.images.SizeKey;
import com.connectgateway.session.SessionBroker;
import com.connectgateway.support.Downloads;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DownloadTokens and SizeKeys are read only in the one spelling the gateway wrote. */
@QuarkusTest
class CanonicalTokenTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Inject
    SessionBroker broker;

    @Inject
    DownloadTokenCodec tokens;

    private String token;
    private String secureToken;
    private String imageId;

    @BeforeEach
    void session() {
        Sandbox.reset();
        Map<String, Object> session = LegacyApi.createUserSession();
        token = (String) session.get("Token");
        secureToken = (String) session.get("SecureToken");
        imageId = Downloads.creativeImage(token, Downloads::downloadable);
    }

    @Test
    void downloadTokensWithAlteredUnusedBitsOrPaddingAreInvalid() {
        String good = tokenWithUnusedPayloadBits();
        int dot = good.indexOf('.');
        String payload = good.substring(0, dot);
        String signature = good.substring(dot + 1);
        String padded = payload + "=".repeat(4 - payload.length() % 4) + "." + signature;

        create(LegacyApi.overHttps(), secureToken, List.of(good, nonCanonical(payload) + "." + signature,
                payload + "." + nonCanonical(signature), padded))
                .body(at("CreateDownloadRequestResult.DownloadUrls.Status",
                        contains("Success", "InvalidToken", "InvalidToken", "InvalidToken")));
        assertThat(Downloads.v3Downloads().getList("$")).hasSize(1);
    }

    @Test
    void sizeKeysWithAlteredUnusedBitsAreInvalid() {
        String issued = largest(token, List.of(imageId)).extract().as(JsonBody.class)
                .getString("GetLargestImageDownloadAuthorizationsResult.Images[0].Authorizations[0].SizeKey");
        SizeKey decoded = SizeKey.decode(issued);
        // SizeName is free text, so one of two lengths is sure to leave unused bits in the last character.
        String good = Stream.of("x", "xy").map(name -> new SizeKey(decoded.imageId(), name, decoded.height()).encode())
                .filter(key -> key.length() % 4 != 0).findFirst().orElseThrow();

        sizes(token, List.of(Map.of("ImageId", imageId, "SizeKey", good), Map.of("ImageId", imageId, "SizeKey", nonCanonical(good))))
                .body(at("GetImageDownloadAuthorizationsResult.Images.Status", contains("available", "InvalidSizeKey")));
    }

    /** A genuine token whose payload's base64 ends in a character with unused low bits. */
    private String tokenWithUnusedPayloadBits() {
        String issued = Downloads.largestToken(token, imageId);
        String sessionId = broker.authenticate(token).session().id();
        DownloadGrant grant = tokens.verify(issued, sessionId);
        return Stream.of("x", "xy").map(name -> tokens.issue(grant.assetType(), grant.assetId(), grant.height(), name,
                grant.productType(), grant.productId(), sessionId))
                .filter(t -> t.indexOf('.') % 4 != 0).findFirst().orElseThrow();
    }

    /** The same bytes spelled differently: the lowest (unused) bit of the last character flipped. */
    private static String nonCanonical(String base64) {
        assertThat(base64.length() % 4).as("the last character carries unused bits").isNotZero();
        int last = ALPHABET.indexOf(base64.charAt(base64.length() - 1));
        return base64.substring(0, base64.length() - 1) + ALPHABET.charAt(last ^ 1);
    }
}
