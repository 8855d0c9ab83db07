package com.connectgateway.observability.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Appends a sample of the gateway's legacy exchanges to a JSONL file in the form the compare tool
 * reads ({@code {"request":{...},"response":{...}}} per line), secrets masked by {@link TrafficMasker}.
 * Lines are written by one thread of its own from a bounded queue, so a slow disk never holds a
 * request up: what does not fit is dropped and counted. Only exchanges whose request body is JSON
 * are kept, and only the path of the URL (no query).
 */
@ApplicationScoped
public class TrafficRecorder {

    private static final Logger LOG = Logger.getLogger(TrafficRecorder.class);

    private final RecordingConfig config;
    private final ObjectMapper json;
    private final TrafficMasker masker = new TrafficMasker();
    private final AtomicLong dropped = new AtomicLong();
    private ThreadPoolExecutor writer;
    private BufferedWriter out;
    private long written;
    private boolean full;

    TrafficRecorder(RecordingConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void start(@Observes StartupEvent event) throws IOException {
        if (!config.enabled()) {
            return;
        }
        Path file = config.file().orElseThrow(() -> new ConfigurationException(
                "gateway.recording.enabled=true needs gateway.recording.file (GATEWAY_RECORDING_FILE): the JSONL file to append to"));
        if (!(config.sampleRate() > 0 && config.sampleRate() <= 1)) {
            throw new ConfigurationException("gateway.recording.sample-rate must be above 0 and at most 1");
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        written = Files.exists(file) ? Files.size(file) : 0;
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(Math.max(1, config.queue())),
                runnable -> {
                    Thread thread = new Thread(runnable, "traffic-recorder");
                    thread.setDaemon(true);
                    return thread;
                }, (runnable, pool) -> dropped.incrementAndGet());
        LOG.infof("Recording %.0f%% of legacy exchanges to %s, tokens and passwords masked", config.sampleRate() * 100, file);
    }

    @PreDestroy
    void stop() {
        if (writer != null) {
            writer.shutdown();
            try {
                writer.awaitTermination(5, TimeUnit.SECONDS);
                out.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                LOG.warnf("The recording file could not be closed: %s", e.getMessage());
            }
        }
    }

    /**
     * Takes one answered exchange, if recording is on and the sample picks it. Never throws. Called
     * for every legacy request: nothing is built before those checks.
     */
    public void record(HttpServerRequest request, byte[] requestBody, int status, byte[] answerBody) {
        if (writer == null || requestBody == null || ThreadLocalRandom.current().nextDouble() >= config.sampleRate()) {
            return;
        }
        String method = request.method().name();
        String url = request.scheme() + "://" + request.authority() + request.path();
        writer.execute(() -> write(method, url, requestBody, status, answerBody));
    }

    /** Exchanges left out because the queue was full. */
    public long dropped() {
        return dropped.get();
    }

    private void write(String method, String url, byte[] requestBody, int status, byte[] answerBody) {
        if (full) {
            return;
        }
        try {
            JsonNode request = json.readTree(requestBody);
            if (request == null || !request.isObject()) {
                return;
            }
            masker.mask(request);
            ObjectNode line = json.createObjectNode();
            ObjectNode req = line.putObject("request").put("method", method).put("url", url);
            req.putObject("headers").put("Content-Type", "application/json");
            req.set("body", request);
            ObjectNode res = line.putObject("response").put("status", status);
            res.putObject("headers").put("Content-Type", "application/json");
            if (answerBody != null) {
                JsonNode answer = json.readTree(answerBody);
                masker.mask(answer);
                res.set("body", answer);
            }
            String text = json.writeValueAsString(line) + "\n";
            long bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (written + bytes > config.maxFileBytes()) {
                full = true;
                LOG.warnf("The recording file reached gateway.recording.max-file-bytes (%d); recording stopped", config.maxFileBytes());
                return;
            }
            out.write(text);
            out.flush();
            written += bytes;
        } catch (JsonProcessingException notJson) {
            // Left out: the corpus holds JSON exchanges only.
        } catch (IOException | RuntimeException e) {
            LOG.warnf("An exchange could not be recorded: %s", e.getClass().getSimpleName()); // never the exchange itself
        }
    }
}
