package com.connectgateway.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code report.json}: the report's data for scripts and CI, the same figures the HTML page shows. */
final class JsonReportWriter {

    static final String FILE = "report.json";

    private JsonReportWriter() {
    }

    static Path write(CompareReport report, Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        Files.writeString(file, Json.MAPPER.writeValueAsString(report));
        return file;
    }
}
