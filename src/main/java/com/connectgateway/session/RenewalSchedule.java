package com.connectgateway.session;

import com.connectgateway.upstream.UpstreamToken;
import java.time.Duration;
import java.time.Instant;

/**
 * When an upstream token is due for renewal: {@code renewal-margin} before it expires, but never
 * before {@code renewal-lifetime-fraction} of its actual lifetime has passed. Without that floor a
 * token that lives no longer than the margin would be due as soon as it is issued, and the renewer
 * would spend a token call (counted against the v3 rate limit) on every run.
 */
final class RenewalSchedule {

    private final Duration margin;
    private final double fraction;

    RenewalSchedule(SessionConfig config) {
        this(config.renewalMargin(), config.renewalLifetimeFraction());
    }

    RenewalSchedule(Duration margin, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalStateException("gateway.session.renewal-lifetime-fraction must be between 0 and 1");
        }
        this.margin = margin;
        this.fraction = fraction;
    }

    Instant renewAt(UpstreamToken token) {
        Duration lifetime = token.lifetime();
        if (lifetime == null) {
            return token.expiresAt().minus(margin); // issue time unknown: the margin alone
        }
        Duration byMargin = lifetime.minus(margin);
        Duration byFraction = Duration.ofMillis((long) (lifetime.toMillis() * fraction));
        return token.issuedAt().plus(byMargin.compareTo(byFraction) >= 0 ? byMargin : byFraction);
    }
}
