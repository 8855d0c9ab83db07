package com.connectgateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real redis-server (Debian's package: {@code apt-get install redis-server}) on a free loopback
 * port, started by the tests that need one: no persistence, gone when stopped. {@link #shared()} is
 * one server for the whole test run; tests that stop Redis on purpose start their own.
 */
public final class RedisServer implements AutoCloseable {

    private static RedisServer shared;

    private final int port;
    private Process process;

    private RedisServer(int port) {
        this.port = port;
    }

    /** One server for every test of this JVM, stopped when the JVM exits. */
    public static synchronized RedisServer shared() {
        if (shared == null) {
            shared = start();
            RedisServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return shared;
    }

    public static RedisServer start() {
        RedisServer server = new RedisServer(LocalPorts.free());
        server.restart();
        return server;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts it (again, on the same port, empty) and waits until it answers. */
    public synchronized void restart() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(binary(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no"));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "redis-" + port + ".log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("redis-server could not be started (install it: apt-get install redis-server)", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!answers()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("redis-server did not answer on port " + port + "; see target/redis-" + port + ".log");
            }
            pause();
        }
    }

    /** Stops it the hard way, as a crash or a network cut would. */
    public synchronized void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** {@code redis-cli} with these arguments against this server; its output. */
    public String cli(String... args) {
        List<String> command = new ArrayList<>(List.of("redis-cli", "-p", Integer.toString(port), "--raw"));
        command.addAll(List.of(args));
        try {
            Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = cli.getInputStream().readAllBytes();
            cli.waitFor(10, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("redis-cli could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every key ({@code redis-cli --scan}) with its value, as an operator's dump would show them. */
    public String dump() {
        StringBuilder dump = new StringBuilder();
        for (String name : cli("--scan").split("\n")) {
            if (!name.isBlank()) {
                dump.append(name).append('\n').append(switch (cli("TYPE", name).trim()) {
                    case "hash" -> cli("HGETALL", name);
                    case "zset" -> cli("ZRANGE", name, "0", "-1", "WITHSCORES");
                    default -> cli("GET", name);
                });
            }
        }
        return dump.toString();
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[7];
            int read = in.read(reply);
            return read > 0 && new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static String binary() {
        for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "redis-server";
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
