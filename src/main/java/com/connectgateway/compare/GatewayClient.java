package com.connectgateway.compare;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Sends replayed requests to one gateway. TLS: the JVM's trust store, except that a gateway on a
 * loopback address, or any gateway with {@code --insecure}, is trusted without checking its
 * certificate, because the gateway generates a new self-signed one at every start; nothing but
 * this machine can answer on loopback.
 */
final class GatewayClient {

    /** Headers the HTTP client sets itself or that make no sense on a replay. */
    private static final Set<String> NOT_REPLAYED = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "keep-alive", "transfer-encoding", "te", "accept-encoding", "proxy-connection", "http2-settings");

    record Answer(int status, String body, String error) {
    }

    private final HttpClient http;
    private final Duration timeout;
    private final boolean trustsAnyCertificate;

    private GatewayClient(HttpClient http, Duration timeout, boolean trustsAnyCertificate) {
        this.http = http;
        this.timeout = timeout;
        this.trustsAnyCertificate = trustsAnyCertificate;
    }

    static GatewayClient forGateway(URI base, boolean insecure, Duration timeout) {
        boolean trustAny = insecure || isLoopback(base.getHost());
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER);
        if (trustAny) {
            builder.sslContext(trustingContext());
        }
        return new GatewayClient(builder.build(), timeout, trustAny);
    }

    boolean trustsAnyCertificate() {
        return trustsAnyCertificate;
    }

    Answer send(String method, URI uri, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
        boolean hasContentType = false;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith(":") || NOT_REPLAYED.contains(name)) {
                continue;
            }
            hasContentType |= name.equals("content-type");
            try {
                request.header(header.getKey(), header.getValue());
            } catch (IllegalArgumentException restricted) {
                // A header the JDK client refuses to set (e.g. "Date"): the gateway does not need it.
            }
        }
        if (body != null && !hasContentType) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), null);
        } catch (IOException e) {
            return new Answer(0, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, "interrupted");
        }
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            // Only literal addresses: a name that resolves to loopback today may not tomorrow.
            return host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static SSLContext trustingContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AcceptAnyCertificate()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No TLS context", e);
        }
    }

    /** An extended trust manager, so the JDK also skips the host name check it would otherwise add. */
    private static final class AcceptAnyCertificate extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
