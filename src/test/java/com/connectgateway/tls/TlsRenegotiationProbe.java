package com.connectgateway.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * A TLS 1.2 client that completes a handshake, starts a second one on the same connection
 * (client-initiated renegotiation), then sends a request: the server either goes along (a second
 * handshake completes and the request is answered) or refuses (alert or closed connection).
 */
public final class TlsRenegotiationProbe {

    public enum Outcome { RENEGOTIATED, REFUSED }

    private TlsRenegotiationProbe() {
    }

    public static Outcome renegotiate(int httpsPort) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { new TrustEverything() }, new SecureRandom());
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", httpsPort)) {
            socket.setSoTimeout(5000);
            socket.setEnabledProtocols(new String[] { "TLSv1.2" });
            AtomicInteger handshakes = new AtomicInteger();
            socket.addHandshakeCompletedListener(event -> handshakes.incrementAndGet());
            socket.startHandshake();
            if (!"TLSv1.2".equals(socket.getSession().getProtocol())) {
                throw new IllegalStateException("not TLS 1.2: " + socket.getSession().getProtocol());
            }
            try {
                socket.startHandshake();
                socket.getOutputStream().write(("POST /v1/session/Unknown HTTP/1.1\r\nHost: gateway\r\nContent-Length: 20\r\n"
                        + "Connection: close\r\n\r\n{\"RequestHeader\":{}}").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                String answer = readAll(socket.getInputStream());
                return answer.startsWith("HTTP/1.1 200") && handshakes.get() >= 2 ? Outcome.RENEGOTIATED : Outcome.REFUSED;
            } catch (IOException refused) { // SSLHandshakeException (handshake_failure alert), or the connection closed
                return Outcome.REFUSED;
            }
        }
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
