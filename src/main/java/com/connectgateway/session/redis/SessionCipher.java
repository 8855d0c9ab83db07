package com.connectgateway.session.redis;

import com.connectgateway.wire.Sha256;
import com.connectgateway.wire.UrlSafeBase64;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM for stored sessions. A sealed value is {@code <key id>.<base64 of IV, ciphertext and tag>};
 * the key id (derived from the key, never the key) says which configured key opens it, so keys can be
 * rotated while old sessions are still read. The session id is authenticated with it, so a value
 * copied to another session's key does not open.
 */
final class SessionCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    /** @param current the key that seals; {@code previous} keys only open */
    SessionCipher(String current, List<String> previous) {
        this.currentId = add(current, "gateway.session.redis.encryption-key");
        for (String key : previous) {
            add(key, "gateway.session.redis.previous-encryption-keys");
        }
    }

    String seal(String sessionId, byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.get(currentId), iv, sessionId, plain, 0, plain.length);
        byte[] out = new byte[IV_BYTES + sealed.length];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
        return currentId + "." + UrlSafeBase64.encode(out);
    }

    /** The plain bytes; empty when no configured key opens the value or it was altered. */
    Optional<byte[]> open(String sessionId, String value) {
        int dot = value.indexOf('.');
        SecretKeySpec key = dot <= 0 ? null : keys.get(value.substring(0, dot));
        if (key == null) {
            return Optional.empty();
        }
        try {
            byte[] in = UrlSafeBase64.decodeCanonical(value.substring(dot + 1));
            if (in.length <= IV_BYTES) {
                return Optional.empty();
            }
            byte[] iv = java.util.Arrays.copyOf(in, IV_BYTES);
            return Optional.of(run(Cipher.DECRYPT_MODE, key, iv, sessionId, in, IV_BYTES, in.length - IV_BYTES));
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return Optional.empty();
        }
    }

    private String add(String base64, String setting) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64");
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalStateException(setting + " must decode to 16, 24 or 32 bytes (AES-128/192/256); "
                    + "generate one with: openssl rand -base64 32");
        }
        String id = UrlSafeBase64.encode(Sha256.of("connect-gateway session key " + base64.trim())).substring(0, 8);
        keys.putIfAbsent(id, new SecretKeySpec(bytes, "AES"));
        return id;
    }

    private static byte[] run(int mode, SecretKeySpec key, byte[] iv, String sessionId, byte[] data, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(sessionId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data, offset, length);
        } catch (javax.crypto.AEADBadTagException altered) {
            throw new IllegalStateException("the value does not open with this key", altered);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        }
    }
}
