package com.connectgateway.observability.recording;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The gateway writing its own legacy traffic as a corpus for the compare tool (docs/compare.md,
 * "Recording with the gateway"): off unless asked for, secrets masked, sampled.
 */
@ConfigMapping(prefix = "gateway.recording")
public interface RecordingConfig {

    @WithDefault("false")
    boolean enabled();

    /** The JSONL file exchanges are appended to; required when enabled. */
    Optional<Path> file();

    /** Share of legacy requests recorded, 0 to 1. */
    @WithDefault("0.1")
    double sampleRate();

    /** Recording stops (with one warning) once the file has grown to this many bytes. */
    @WithDefault("104857600")
    long maxFileBytes();

    /** Exchanges waiting to be written; beyond it they are dropped and counted rather than slow requests down. */
    @WithDefault("1000")
    int queue();
}
