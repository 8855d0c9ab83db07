package com.connectgateway.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The operation table of docs/legacy-compatibility.md lists exactly the operations the gateway serves. */
@QuarkusTest
class OperationTableTest {

    /** A table row: | `service` | `Operation` (optional notes) | … | status |. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\| `([A-Za-z0-9]+)`.*\\| ([a-z ]+[a-z]) \\|$");

    @Inject
    OperationRegistry registry;

    @Test
    void everyImplementedOperationIsDocumentedAndNoOtherIs() throws IOException {
        Set<String> documented = new TreeSet<>();
        String section = Files.readString(Path.of("docs/legacy-compatibility.md")).split("\n## Operations\n", 2)[1].split("\n#", 2)[0];
        for (String line : section.lines().toList()) {
            Matcher row = ROW.matcher(line.trim());
            if (row.matches() && row.group(3).equals("implemented")) {
                documented.add(row.group(1) + "/" + row.group(2));
            }
        }
        assertThat(documented).isNotEmpty().isEqualTo(registry.names());
    }
}
