package com.connectgateway.session;

import com.connectgateway.wire.Sha256;
import com.connectgateway.wire.UrlSafeBase64;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * Mints legacy tokens (256 bits from a CSPRNG, URL-safe) and computes the SHA-256 digests the
 * store keeps instead of the tokens. A bean, not static state, so a native image seeds its random
 * source at run time.
 */
@ApplicationScoped
public class LegacyTokens {

    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    public String mint() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return UrlSafeBase64.encode(bytes);
    }

    /**
     * Whether {@code text} has exactly the form {@link #mint()} gives (whether or not any session
     * still knows it), so an unknown one is a dead gateway token rather than an upstream token.
     */
    public boolean looksMinted(String text) {
        try {
            return text != null && UrlSafeBase64.decodeCanonical(text).length == TOKEN_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String digest(String token) {
        return UrlSafeBase64.encode(Sha256.of(token));
    }
}
