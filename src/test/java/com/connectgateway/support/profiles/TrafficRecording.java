package com.connectgateway.support.profiles;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The gateway recording every legacy exchange (sample rate 1) to a file emptied when the profile starts. */
public class TrafficRecording implements QuarkusTestProfile {

    public static final Path FILE = Path.of("target", "recording-test", "traffic.jsonl");

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmptyFile.class));
    }

    /** A resource rather than config overrides: it runs once, before the application starts. */
    public static class EmptyFile implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                Files.deleteIfExists(FILE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("gateway.recording.enabled", "true", "gateway.recording.file", FILE.toString(),
                    "gateway.recording.sample-rate", "1");
        }

        @Override
        public void stop() {
        }
    }
}
