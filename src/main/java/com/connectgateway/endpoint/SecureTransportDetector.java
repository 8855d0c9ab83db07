package com.connectgateway.endpoint;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.quarkus.runtime.Startup;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Decides whether a request arrived over HTTPS: either TLS on our own listener, or
 * {@code X-Forwarded-Proto: https} from a configured trusted proxy (and from nobody else), the
 * last value when there are several.
 */
// Created at start so a bad trusted-proxies entry stops the gateway instead of failing requests.
@Startup
@ApplicationScoped
public class SecureTransportDetector {

    private final List<IpSubnetFilterRule> trustedProxies;

    SecureTransportDetector(TransportConfig config) {
        this.trustedProxies = config.trustedProxies().orElse(List.of()).stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(SecureTransportDetector::rule)
                .toList();
    }

    public boolean isSecure(HttpServerRequest request) {
        if (request.isSSL()) {
            return true;
        }
        String forwarded = nearestForwardedProto(request.headers().getAll("X-Forwarded-Proto"));
        return forwarded != null && forwarded.equalsIgnoreCase("https") && fromTrustedProxy(request);
    }

    /**
     * The value our peer (the nearest proxy) set: proxies append, as further lines or after a
     * comma, so the last value counts; earlier ones may come from the client itself.
     */
    static String nearestForwardedProto(List<String> lines) {
        String last = null;
        for (String line : lines) {
            for (String value : line.split(",", -1)) {
                if (!value.isBlank()) {
                    last = value.trim();
                }
            }
        }
        return last;
    }

    private boolean fromTrustedProxy(HttpServerRequest request) {
        if (trustedProxies.isEmpty() || request.remoteAddress() == null || request.remoteAddress().hostAddress() == null) {
            return false;
        }
        try {
            byte[] literal = NetUtil.createByteArrayFromIpAddressString(request.remoteAddress().hostAddress());
            if (literal == null) {
                return false;
            }
            InetSocketAddress peer = new InetSocketAddress(InetAddress.getByAddress(literal), 0);
            return trustedProxies.stream().anyMatch(rule -> rule.matches(peer));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Only IP literals are accepted: a host name would make trust depend on DNS. */
    private static IpSubnetFilterRule rule(String cidr) {
        String[] parts = cidr.split("/", 2);
        byte[] literal = NetUtil.createByteArrayFromIpAddressString(parts[0]);
        try {
            if (literal == null) {
                throw new IllegalArgumentException("not an IP address");
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : literal.length * 8;
            if (prefix < 0 || prefix > literal.length * 8) {
                throw new IllegalArgumentException("prefix out of range");
            }
            return new IpSubnetFilterRule(InetAddress.getByAddress(literal), prefix, IpFilterRuleType.ACCEPT);
        } catch (UnknownHostException | RuntimeException e) {
            throw new IllegalArgumentException("gateway.transport.trusted-proxies: not an IP address or CIDR: " + cidr, e);
        }
    }
}
