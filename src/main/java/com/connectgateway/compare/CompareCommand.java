package com.connectgateway.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code compare}: replays a recorded legacy corpus through a gateway (twice, for the noise
 * baseline) or through two gateways, and writes the HTML and JSON reports. Plain Java: it runs
 * from the packaged jar's entry point without starting Quarkus.
 */
public final class CompareCommand {

    public static final int PASSED = 0;
    public static final int OVER_THRESHOLD = 1;
    public static final int USAGE_ERROR = 2;

    private CompareCommand() {
    }

    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(CompareOptions.USAGE);
            return PASSED;
        }
        CompareOptions options;
        try {
            options = CompareOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("compare: " + e.getMessage());
            err.println(CompareOptions.USAGE);
            return USAGE_ERROR;
        }
        try {
            return run(options, environment, out);
        } catch (CorpusException e) {
            err.println("compare: " + e.getMessage());
            return USAGE_ERROR;
        } catch (IOException e) {
            err.println("compare: cannot write the report: " + e.getMessage());
            return USAGE_ERROR;
        }
    }

    static int run(CompareOptions options, Map<String, String> environment, PrintStream out) throws IOException {
        NormalisationRules rules = NormalisationRules.load(options.rules());
        Credentials credentials = Credentials.load(options.credentials(), environment);
        List<Exchange> corpus = CorpusReader.read(options.corpus());
        List<LegacyCall> calls = new ArrayList<>();
        for (Exchange exchange : corpus) {
            LegacyOperations.recognise(exchange.url()).ifPresent(operation -> calls.add(new LegacyCall(exchange, operation)));
        }
        if (calls.isEmpty()) {
            throw new CorpusException(options.corpus() + " holds no legacy operation call (" + corpus.size() + " exchanges)");
        }
        SecretMasker masker = new SecretMasker();
        masker.addSecrets(credentials.secrets());
        for (LegacyCall call : calls) {
            Exchange exchange = call.exchange();
            masker.collect(Json.parseOrNull(exchange.requestBody()));
            masker.collect(Json.parseOrNull(exchange.responseBody()));
            masker.collectHeaders(exchange.requestHeaders());
            masker.collectForm(exchange.requestBody());
        }
        out.println("compare: " + calls.size() + " legacy calls of " + corpus.size() + " exchanges in " + options.corpus());

        CompareReport report;
        if (options.twoGateways()) {
            Replayer baseline = replayer(options.baseline(), options, credentials, masker, out);
            Run first = baseline.run("baseline", options.baseline(), calls);
            Run second = baseline.run("baseline noise", options.baseline(), calls);
            Run candidate = replayer(options.candidate(), options, credentials, masker, out)
                    .run("candidate", options.candidate(), calls);
            report = new Comparison(rules, masker, options.failOver())
                    .build(settings(options, rules, credentials, masker), corpus.size(), calls, first, candidate, first, second);
        } else {
            Replayer gateway = replayer(options.gateway(), options, credentials, masker, out);
            Run first = gateway.run("run 1", options.gateway(), calls);
            Run second = gateway.run("run 2 (noise)", options.gateway(), calls);
            report = new Comparison(rules, masker, options.failOver())
                    .build(settings(options, rules, credentials, masker), corpus.size(), calls, null, first, first, second);
        }
        Files.createDirectories(options.report());
        Path html = HtmlReportWriter.write(report, options.report());
        Path json = JsonReportWriter.write(report, options.report());
        var totals = report.totals();
        out.println("compare: " + totals.replayed() + " replayed, " + totals.skipped() + " skipped, " + totals.mismatchedCalls()
                + " mismatched, " + totals.differences() + " differences, " + totals.volatilePaths() + " volatile paths");
        report.operations().stream().filter(CompareReport.OperationFigures::overThreshold).forEach(op -> out.println(
                "compare: " + op.operation() + " mismatch rate " + Math.round(op.mismatchRate() * 1000) / 10.0 + " % over "
                        + options.failOver() * 100 + " %"));
        out.println("compare: report " + html + " and " + json + (report.passed() ? " (passed)" : " (failed)"));
        return report.passed() ? PASSED : OVER_THRESHOLD;
    }

    private static Replayer replayer(String gateway, CompareOptions options, Credentials credentials, SecretMasker masker,
            PrintStream out) {
        GatewayClient client = GatewayClient.forGateway(URI.create(gateway), options.insecure(), options.timeout());
        if (client.trustsAnyCertificate() && gateway.startsWith("https://")) {
            out.println("compare: not checking the TLS certificate of " + gateway + (options.insecure() ? " (--insecure)" : " (loopback)"));
        }
        return new Replayer(client, credentials, options.allowSideEffects(), masker, out);
    }

    private static Map<String, Object> settings(CompareOptions options, NormalisationRules rules, Credentials credentials,
            SecretMasker masker) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("mode", options.twoGateways() ? "baseline against candidate" : "recording against gateway");
        settings.put("generatedAt", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        settings.put("corpus", options.corpus().toString());
        if (options.twoGateways()) {
            settings.put("baseline", masker.mask(options.baseline()));
            settings.put("candidate", masker.mask(options.candidate()));
        } else {
            settings.put("gateway", masker.mask(options.gateway()));
        }
        settings.put("rulesFile", options.rules() == null ? "(defaults)" : options.rules().toString());
        settings.put("rules", rules.describe());
        settings.put("allowSideEffects", options.allowSideEffects());
        settings.put("failOver", options.failOver());
        settings.put("insecure", options.insecure());
        settings.put("credentialsFrom", options.credentials() == null ? "environment" : options.credentials().toString());
        settings.put("credentialsSet", List.copyOf(credentials.configuredNames()));
        settings.put("noiseRun", options.twoGateways() ? "baseline replayed twice" : "gateway replayed twice");
        return settings;
    }
}
