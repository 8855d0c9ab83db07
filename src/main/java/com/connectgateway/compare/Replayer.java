package com.connectgateway.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays the legacy calls of a corpus in recorded order through one gateway: each request is
 * rewritten with the values this run's earlier answers handed out, credentials are filled in,
 * and side-effecting calls are held back unless allowed.
 */
final class Replayer {

    private final GatewayClient client;
    private final Credentials credentials;
    private final boolean allowSideEffects;
    private final SecretMasker masker;
    private final PrintStream console;

    Replayer(GatewayClient client, Credentials credentials, boolean allowSideEffects, SecretMasker masker, PrintStream console) {
        this.client = client;
        this.credentials = credentials;
        this.allowSideEffects = allowSideEffects;
        this.masker = masker;
        this.console = console;
    }

    Run run(String label, String gateway, List<LegacyCall> calls) {
        ValueMap values = new ValueMap();
        List<Replay> replays = new ArrayList<>();
        String base = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
        int done = 0;
        for (LegacyCall call : calls) {
            Exchange recorded = call.exchange();
            JsonNode recordedRequest = Json.parseOrNull(recorded.requestBody());
            done++;
            if (call.changesState() && !allowSideEffects) {
                values.noteClientValues(recordedRequest);
                replays.add(Replay.skipped(call));
                progress(label, done, calls.size(), call, "skipped (side effect; --allow-side-effects sends it)");
                continue;
            }
            String body = recorded.requestBody();
            if (recordedRequest != null) {
                JsonNode rewritten = values.rewrite(recordedRequest);
                credentials.apply(rewritten);
                masker.collect(rewritten);
                body = rewritten.toString();
            }
            values.noteClientValues(recordedRequest);
            Map<String, String> headers = new LinkedHashMap<>();
            recorded.requestHeaders().forEach((name, value) -> headers.put(name, values.rewriteHeader(value)));
            masker.collectHeaders(headers);
            String target = base + values.rewriteUrl(LegacyOperations.pathAndQuery(recorded.url()));
            long started = System.nanoTime();
            GatewayClient.Answer answer = client.send(recorded.method(), URI.create(target), headers, body);
            long millis = (System.nanoTime() - started) / 1_000_000;
            JsonNode replayed = Json.parseOrNull(answer.body());
            masker.collect(replayed);
            values.learn(Json.parseOrNull(recorded.responseBody()), replayed);
            Replay replay = new Replay(call, false, answer.status(), answer.body(), answer.error(), millis);
            replays.add(replay);
            String outcome = answer.error() != null ? "no answer: " + answer.error()
                    : "HTTP " + answer.status() + (replay.legacyStatus() == null ? "" : " " + replay.legacyStatus());
            progress(label, done, calls.size(), call, outcome + " (" + millis + " ms)");
        }
        return new Run(label, gateway, replays, values);
    }

    private void progress(String label, int done, int total, LegacyCall call, String outcome) {
        console.println(masker.mask("[" + label + " " + done + "/" + total + "] " + call.operation() + ": " + outcome));
    }
}
