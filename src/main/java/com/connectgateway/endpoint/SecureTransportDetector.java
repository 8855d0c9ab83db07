package com.connectgateway.endpoint;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Decides whether a request arrived over HTTPS: either TLS on our own listener, or
 * {@code X-Forwarded-Proto: https} from a configured trusted proxy (and from nobody else).
 */
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
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return forwarded != null && forwarded.trim().equalsIgnoreCase("https") && fromTrustedProxy(request);
    }

    private boolean fromTrustedProxy(HttpServerRequest request) {
        if (trustedProxies.isEmpty() || request.remoteAddress() == null || request.remoteAddress().hostAddress() == null) {
            return false;
        }
        try {
            // hostAddress() is an IP literal, so this does not resolve anything.
            InetSocketAddress peer = new InetSocketAddress(InetAddress.getByName(request.remoteAddress().hostAddress()), 0);
            return trustedProxies.stream().anyMatch(rule -> rule.matches(peer));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static IpSubnetFilterRule rule(String cidr) {
        String[] parts = cidr.split("/", 2);
        try {
            InetAddress address = InetAddress.getByName(parts[0]);
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.getAddress().length * 8;
            return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
        } catch (UnknownHostException | RuntimeException e) {
            throw new IllegalArgumentException("gateway.transport.trusted-proxies: not an address or CIDR: " + cidr, e);
        }
    }
}
