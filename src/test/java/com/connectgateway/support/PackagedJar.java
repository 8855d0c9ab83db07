package com.connectgateway.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The packaged application, started the way the README starts it, for tests that run it themselves. */
public final class PackagedJar {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private PackagedJar() {
    }

    /**
     * {@code java [JVM flags] options -jar quarkus-run.jar}. The JVM flags come from the build
     * ({@code packaged.jvm.args}): the shipped {@code quarkus-app/jvm.options} the README's command
     * uses, plus C1 only, which changes how fast the JVM compiles, not what the application does.
     */
    public static List<String> command(List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String flags = System.getProperty("packaged.jvm.args", "").trim();
        if (!flags.isEmpty()) {
            command.addAll(Arrays.asList(flags.split("\\s+")));
        }
        command.addAll(options);
        command.add("-jar");
        command.add(JAR.toString());
        return command;
    }
}
