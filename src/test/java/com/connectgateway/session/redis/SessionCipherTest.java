package com.connectgateway.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import com.connectgateway.support.RandomKeys;
import org.junit.jupiter.api.Test;

class SessionCipherTest {

    private static final byte[] PLAIN = "{\"access\":\"upstream-access-token\"}".getBytes(StandardCharsets.UTF_8);

    private final String key = RandomKeys.base64();

    @Test
    void sealedValuesOpenForTheirSessionOnlyAndDoNotShowThePlainText() {
        SessionCipher cipher = new SessionCipher(key, List.of());
        String sealed = cipher.seal("session-1", PLAIN);

        assertThat(sealed).doesNotContain("upstream-access-token").doesNotContain(key);
        assertThat(cipher.open("session-1", sealed)).hasValueSatisfying(plain -> assertThat(plain).isEqualTo(PLAIN));
        assertThat(cipher.open("session-2", sealed)).as("copied under another session's key").isEmpty();
        assertThat(cipher.seal("session-1", PLAIN)).as("a fresh IV each time").isNotEqualTo(sealed);
    }

    @Test
    void alteredValuesAndUnknownKeysDoNotOpen() {
        SessionCipher cipher = new SessionCipher(key, List.of());
        String sealed = cipher.seal("s", PLAIN);
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);

        assertThat(cipher.open("s", altered)).isEmpty();
        assertThat(cipher.open("s", "garbage")).isEmpty();
        assertThat(new SessionCipher(RandomKeys.base64(), List.of()).open("s", sealed)).isEmpty();
    }

    @Test
    void afterARotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
        SessionCipher before = new SessionCipher(key, List.of());
        String old = before.seal("s", PLAIN);
        String next = RandomKeys.base64();
        SessionCipher after = new SessionCipher(next, List.of(key));

        assertThat(after.open("s", old)).isPresent();
        String fresh = after.seal("s", PLAIN);
        assertThat(fresh.substring(0, fresh.indexOf('.'))).isNotEqualTo(old.substring(0, old.indexOf('.')));
        assertThat(before.open("s", fresh)).as("the old key alone cannot read new values").isEmpty();
    }

    @Test
    void keysOfTheWrongSizeAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new SessionCipher("c2hvcnQ=", List.of()))
                .hasMessageContaining("gateway.session.redis.encryption-key").hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> new SessionCipher(key, List.of("not base64!")))
                .hasMessageContaining("gateway.session.redis.previous-encryption-keys");
    }
}
