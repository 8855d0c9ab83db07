package com.connectgateway.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** One legacy date, as the wire text and as a JSON member written by Jackson (two per image). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LegacyDateBenchmark {

    private final LegacyDate date = LegacyDate.of(Instant.parse("2017-09-12T00:00:00Z"), ZoneId.of("America/Los_Angeles"));
    private final Map<String, LegacyDate> member = Map.of("DateCreated", date);
    private final ObjectMapper json = new ObjectMapper();

    @Benchmark
    public String toWire() {
        return date.toWire();
    }

    @Benchmark
    public byte[] serialized() throws IOException {
        return json.writeValueAsBytes(member);
    }
}
