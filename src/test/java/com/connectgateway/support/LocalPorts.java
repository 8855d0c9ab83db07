package com.connectgateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Loopback ports for tests that start listeners, or need one nothing listens on. */
public final class LocalPorts {

    private LocalPorts() {
    }

    /** A port free right now: bound, then released, so nothing listens on it until someone binds it. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
