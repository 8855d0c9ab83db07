package com.connectgateway.operations.download;

import com.connectgateway.operations.download.DownloadGrant.AssetType;
import com.connectgateway.wire.Sha256;
import com.connectgateway.wire.UrlSafeBase64;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Signs and checks DownloadTokens: the grant's fields, then an HMAC-SHA256 over them, both
 * base64url. Opaque to clients, readable by any gateway replica holding the same key.
 */
// Created at start so a missing key is reported when the gateway starts, not on the first download.
@Startup
@ApplicationScoped
public class DownloadTokenCodec {

    /** Why a token was refused; the operations turn these into their legacy codes. */
    public enum Problem {
        INVALID, EXPIRED, OTHER_SESSION
    }

    /** A refused token, with what it names when it could be read (expired or another session's). */
    public static final class RefusedToken extends RuntimeException {
        private final Problem problem;
        private final transient DownloadGrant grant;

        RefusedToken(Problem problem, DownloadGrant grant) {
            super(problem.name(), null, false, false);
            this.problem = problem;
            this.grant = grant;
        }

        public Problem problem() {
            return problem;
        }

        /** The decoded grant; null for an INVALID token. */
        public DownloadGrant grant() {
            return grant;
        }
    }

    private static final Logger LOG = Logger.getLogger(DownloadTokenCodec.class);
    private static final String VERSION = "d1";

    private final SecretKeySpec key;
    private final DownloadConfig config;
    private final Clock clock;

    DownloadTokenCodec(DownloadConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.key = new SecretKeySpec(keyBytes(config), "HmacSHA256");
    }

    /** A token for this grant, expiring after the configured lifetime. */
    public String issue(AssetType type, String assetId, Integer height, String sizeName, String productType,
            String productId, String sessionId) {
        Instant expires = clock.instant().plus(config.tokenExpiry());
        String payload = String.join("|", VERSION, type.code(), assetId, text(height), text(sizeName), text(productType),
                text(productId), sessionTag(sessionId), Long.toString(expires.getEpochSecond()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return UrlSafeBase64.encode(bytes) + "." + UrlSafeBase64.encode(sign(bytes));
    }

    /**
     * The grant of a token issued by this gateway for this session.
     *
     * @throws RefusedToken INVALID (garbage or altered), EXPIRED, OTHER_SESSION
     */
    public DownloadGrant verify(String token, String sessionId) {
        DownloadGrant grant = read(token);
        if (!grant.sessionTag().equals(sessionTag(sessionId))) {
            throw new RefusedToken(Problem.OTHER_SESSION, grant);
        }
        if (!clock.instant().isBefore(grant.expiresAt())) {
            throw new RefusedToken(Problem.EXPIRED, grant);
        }
        return grant;
    }

    private DownloadGrant read(String token) {
        if (token == null) {
            throw new RefusedToken(Problem.INVALID, null);
        }
        int dot = token.indexOf('.');
        try {
            if (dot <= 0) {
                throw new IllegalArgumentException("no signature");
            }
            byte[] payload = UrlSafeBase64.decodeCanonical(token.substring(0, dot));
            byte[] signature = UrlSafeBase64.decodeCanonical(token.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                throw new IllegalArgumentException("bad signature");
            }
            String[] f = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (f.length != 9 || !VERSION.equals(f[0])) {
                throw new IllegalArgumentException("bad layout");
            }
            return new DownloadGrant(AssetType.of(f[1]), f[2], f[3].isEmpty() ? null : Integer.valueOf(f[3]), blank(f[4]),
                    blank(f[5]), blank(f[6]), f[7], Instant.ofEpochSecond(Long.parseLong(f[8])));
        } catch (IllegalArgumentException e) {
            throw new RefusedToken(Problem.INVALID, null);
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Session ids stay inside the gateway; tokens carry a digest of them. */
    private static String sessionTag(String sessionId) {
        return UrlSafeBase64.encode(java.util.Arrays.copyOf(Sha256.of(sessionId), 16));
    }

    private static byte[] keyBytes(DownloadConfig config) {
        if (config.tokenKey().isPresent()) {
            byte[] configured = Base64.getDecoder().decode(config.tokenKey().get().trim());
            if (configured.length < 32) {
                throw new IllegalArgumentException("gateway.download.token-key must be at least 32 bytes (base64)");
            }
            return configured;
        }
        LOG.warn("gateway.download.token-key is not set: download tokens are signed with a random key made at start."
                + " They stop working on restart, and replicas behind one load balancer must share a configured key.");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().replace("|", "");
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
