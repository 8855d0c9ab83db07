package com.connectgateway.endpoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A plain socket to a gateway listener for what HTTP clients will not send or hide: bytes written
 * as given, what came back, and how the server ended the connection (closed, reset, or silent).
 */
public final class RawExchange implements AutoCloseable {

    /** How the server's side ended. */
    public enum End { CLOSED, RESET, SILENT }

    public record Received(String text, End end, long millis) {

        public String head() {
            int split = text.indexOf("\r\n\r\n");
            return split < 0 ? text : text.substring(0, split);
        }

        public String body() {
            int split = text.indexOf("\r\n\r\n");
            return split < 0 ? "" : text.substring(split + 4);
        }
    }

    private final Socket socket;

    private RawExchange(Socket socket) {
        this.socket = socket;
    }

    public static RawExchange open(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        return new RawExchange(socket);
    }

    public RawExchange send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public RawExchange send(byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
        return this;
    }

    /** One chunk of a chunked body. */
    public RawExchange chunk(byte[] data) throws IOException {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(data.length + 16);
        chunk.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunk.writeBytes(data);
        chunk.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return send(chunk.toByteArray());
    }

    /** Everything the server sends until it closes or resets, or stays silent for {@code silenceMillis}. */
    public Received receive(int silenceMillis) throws IOException {
        long start = System.nanoTime();
        socket.setSoTimeout(silenceMillis);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        End end;
        try {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0;) {
                bytes.write(buffer, 0, n);
            }
            end = End.CLOSED;
        } catch (SocketTimeoutException e) {
            end = End.SILENT;
        } catch (SocketException e) {
            end = End.RESET;
        }
        return new Received(bytes.toString(StandardCharsets.UTF_8), end, (System.nanoTime() - start) / 1_000_000);
    }

    /** Reads until the end of the first response head, or fails after {@code timeoutMillis}. */
    public String head(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Connection ended inside the response head: " + head);
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
