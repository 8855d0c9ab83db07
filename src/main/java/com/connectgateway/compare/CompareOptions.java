package com.connectgateway.compare;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@code compare}, parsed. */
public record CompareOptions(Path corpus, String gateway, String baseline, String candidate, Path report, Path rules,
        Path credentials, boolean allowSideEffects, double failOver, boolean insecure, Duration timeout) {

    public static final String USAGE = """
            Usage: java -jar quarkus-run.jar compare --corpus FILE (--gateway URL | --baseline URL --candidate URL) [options]
              --corpus FILE           recorded legacy traffic: HAR 1.2 or JSONL (docs/compare.md)
              --gateway URL           the gateway to check against the recording, e.g. https://localhost:8443
              --baseline URL          with --candidate: compare two gateways on the same corpus
              --candidate URL
              --report DIR            where report.html and report.json go (default compare-report)
              --rules FILE            normalisation rules (JSON: ignore, urlsByShape, dateToleranceSeconds, arrayKeys)
              --credentials FILE      SystemId/SystemPassword/UserName/UserPassword (properties); else CONNECT_* variables
              --allow-side-effects    also send downloads, lightbox writes, ReportUsage, ConfirmAssetChanges, CreateCustomer
              --fail-over RATE        exit 1 when an operation's mismatch rate exceeds RATE (0.0-1.0, default 0.0)
              --insecure              accept any TLS certificate (loopback gateways are accepted without it)
              --timeout SECONDS       per request (default 30)
            Exit status: 0 within the threshold, 1 over it, 2 usage or input error.""";

    /** @throws IllegalArgumentException with a message for the user */
    public static CompareOptions parse(String... args) {
        Path corpus = null;
        Path report = Path.of("compare-report");
        Path rules = null;
        Path credentials = null;
        String gateway = null;
        String baseline = null;
        String candidate = null;
        boolean sideEffects = false;
        boolean insecure = false;
        double failOver = 0.0;
        Duration timeout = Duration.ofSeconds(30);
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--corpus" -> corpus = Path.of(value(option, rest));
                case "--gateway" -> gateway = url(option, value(option, rest));
                case "--baseline" -> baseline = url(option, value(option, rest));
                case "--candidate" -> candidate = url(option, value(option, rest));
                case "--report" -> report = Path.of(value(option, rest));
                case "--rules" -> rules = Path.of(value(option, rest));
                case "--credentials" -> credentials = Path.of(value(option, rest));
                case "--allow-side-effects" -> sideEffects = true;
                case "--insecure" -> insecure = true;
                case "--fail-over" -> failOver = number(option, value(option, rest));
                case "--timeout" -> timeout = Duration.ofMillis(Math.round(number(option, value(option, rest)) * 1000));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (corpus == null) {
            throw new IllegalArgumentException("--corpus is required");
        }
        if (gateway == null && (baseline == null || candidate == null)) {
            throw new IllegalArgumentException("Give --gateway URL, or both --baseline URL and --candidate URL");
        }
        if (gateway != null && (baseline != null || candidate != null)) {
            throw new IllegalArgumentException("--gateway cannot be combined with --baseline/--candidate");
        }
        if (failOver < 0 || failOver > 1) {
            throw new IllegalArgumentException("--fail-over is a rate between 0.0 and 1.0");
        }
        return new CompareOptions(corpus, gateway, baseline, candidate, report, rules, credentials, sideEffects, failOver, insecure,
                timeout);
    }

    public boolean twoGateways() {
        return gateway == null;
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static String url(String option, String value) {
        if (!value.startsWith("http://") && !value.startsWith("https://")) {
            throw new IllegalArgumentException(option + " must be an http:// or https:// URL");
        }
        return value;
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number");
        }
    }
}
