package com.connectgateway.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One bare HTTP/1.1 exchange over a socket: shows exactly what reached the wire, which HTTP
 * clients hide behind retries and exceptions (a reset, a body shorter than announced).
 */
final class RawHttp {

    /** How the server's side of the exchange ended. */
    enum End { EOF, RESET, TIMEOUT }

    record Received(byte[] bytes, End end) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String head() {
            int split = text().indexOf("\r\n\r\n");
            return split < 0 ? text() : text().substring(0, split);
        }

        String body() {
            int split = text().indexOf("\r\n\r\n");
            return split < 0 ? "" : text().substring(split + 4);
        }
    }

    private RawHttp() {
    }

    /**
     * Opens a connection and sends {@code GET target} with the sandbox Api-Key. Asks for gzip, so
     * the exact bytes asserted also show the fault answers are never compressed.
     */
    static Socket get(String target, int readTimeoutMillis) throws IOException {
        Socket socket = new Socket("127.0.0.1", SandboxV3.port());
        socket.setSoTimeout(readTimeoutMillis);
        String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nApi-Key: " + SandboxV3.API_KEY
                + "\r\nAccept-Encoding: gzip, deflate\r\nConnection: close\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Everything the server sends until it closes, resets, or stays silent for the read timeout. */
    static Received readAll(Socket socket) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        try (socket) {
            byte[] chunk = new byte[4096];
            for (int n; (n = in.read(chunk)) >= 0;) {
                bytes.write(chunk, 0, n);
            }
            return new Received(bytes.toByteArray(), End.EOF);
        } catch (SocketTimeoutException e) {
            return new Received(bytes.toByteArray(), End.TIMEOUT);
        } catch (SocketException e) {
            return new Received(bytes.toByteArray(), End.RESET);
        }
    }

    /** Reads up to and including the blank line that ends the response head. */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Connection ended inside the response head: " + head);
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
