package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.ConstantTime;
import org.junit.jupiter.api.Test;

/**
 * RenewSession checks the presented credentials with {@link ApiCredentials#equals}, which compares
 * in constant time; the hash never depends on the secret either.
 */
class ApiCredentialsComparisonTest {

    @Test
    void equalOnlyWhenKeyAndSecretMatch() {
        ApiCredentials stored = new ApiCredentials("key", "secret");
        assertThat(stored).isEqualTo(new ApiCredentials("key", "secret"));
        assertThat(stored).isNotEqualTo(new ApiCredentials("key", "secreT"));
        assertThat(stored).isNotEqualTo(new ApiCredentials("key", "secret-longer"));
        assertThat(stored).isNotEqualTo(new ApiCredentials("other", "secret"));
        assertThat(stored).isNotEqualTo(new ApiCredentials("key", null));
        assertThat(new ApiCredentials("key", null)).isEqualTo(new ApiCredentials("key", null));
        assertThat(stored).isNotEqualTo("key");
    }

    @Test
    void hashDoesNotDependOnTheSecret() {
        assertThat(new ApiCredentials("key", "a").hashCode()).isEqualTo(new ApiCredentials("key", "b").hashCode());
    }

    @Test
    void sessionDigestsAndMappedPasswordsCompareInConstantTime() {
        assertThat(ConstantTime.equals("abc", "abc")).isTrue();
        assertThat(ConstantTime.equals("abc", "abd")).isFalse();
        assertThat(ConstantTime.equals(null, "abc")).isFalse();
        assertThat(ConstantTime.equals(null, null)).isTrue();
    }
}
