package com.connectgateway.compare;

import com.connectgateway.compare.CompareReport.CallOutcome;
import com.connectgateway.compare.CompareReport.Example;
import com.connectgateway.compare.CompareReport.OperationFigures;
import com.connectgateway.compare.CompareReport.PathFigures;
import com.connectgateway.compare.CompareReport.Totals;
import com.connectgateway.compare.CompareReport.VolatilePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the runs into the report's figures. The expected side is the recording (one gateway) or
 * the baseline's first run (two gateways); the noise run is a second pass through the same
 * gateway (the baseline), and every path whose value differs between those two passes is volatile:
 * listed apart and not counted as a mismatch anywhere.
 */
final class Comparison {

    private static final int MAX_PATHS = 100;
    private static final int EXAMPLES_PER_PATH = 3;

    private final NormalisationRules rules;
    private final SecretMasker masker;
    private final double failOver;

    Comparison(NormalisationRules rules, SecretMasker masker, double failOver) {
        this.rules = rules;
        this.masker = masker;
        this.failOver = failOver;
    }

    /**
     * @param baseline the expected run, or null when the recording is the expected side
     * @param actual   the gateway (or candidate) run compared against it
     * @param noise    a second pass through the same gateway as the first noise side
     */
    CompareReport build(Map<String, Object> settings, int exchanges, List<LegacyCall> calls, Run baseline, Run actual,
            Run noiseFirst, Run noiseSecond) {
        Map<String, PathTally> volatileTally = new LinkedHashMap<>();
        JsonDiff noiseDiff = new JsonDiff(rules, Identities.NONE);
        for (int i = 0; i < calls.size(); i++) {
            Replay first = noiseFirst.replays().get(i);
            Replay second = noiseSecond.replays().get(i);
            if (first.skipped() || second.skipped()) {
                continue;
            }
            for (Difference difference : noiseDiff.diff(first.status(), first.body(), second.status(), second.body())) {
                volatileTally.computeIfAbsent(difference.pattern(), PathTally::new).add(example(i, calls.get(i), difference));
            }
        }
        Set<String> volatilePaths = volatileTally.keySet();

        JsonDiff diff = new JsonDiff(rules, baseline == null ? Identities.recordedAgainst(actual.values())
                : Identities.between(baseline.values(), actual.values()));
        Map<String, PathTally> differing = new LinkedHashMap<>();
        Map<String, int[]> perOperation = new TreeMap<>(); // calls, replayed, skipped, mismatched
        List<CallOutcome> outcomes = new ArrayList<>();
        int differences = 0;
        for (int i = 0; i < calls.size(); i++) {
            LegacyCall call = calls.get(i);
            Replay replay = actual.replays().get(i);
            Replay expected = baseline == null ? null : baseline.replays().get(i);
            int[] figures = perOperation.computeIfAbsent(call.operation(), name -> new int[4]);
            figures[0]++;
            String path = masker.mask(LegacyOperations.pathAndQuery(call.exchange().url()));
            if (replay.skipped() || (expected != null && expected.skipped())) {
                figures[2]++;
                outcomes.add(new CallOutcome(call.exchange().index(), call.operation(), path, true, 0, null, 0, null));
                continue;
            }
            figures[1]++;
            List<Difference> found = new ArrayList<>();
            List<Difference> all = expected == null
                    ? diff.diff(call.exchange().status(), call.exchange().responseBody(), replay.status(), answerText(replay))
                    : diff.diff(expected.status(), answerText(expected), replay.status(), answerText(replay));
            for (Difference difference : all) {
                if (!volatilePaths.contains(difference.pattern())) {
                    found.add(difference);
                    differing.computeIfAbsent(difference.pattern(), PathTally::new).add(example(i, call, difference));
                }
            }
            if (!found.isEmpty()) {
                figures[3]++;
            }
            differences += found.size();
            outcomes.add(new CallOutcome(call.exchange().index(), call.operation(), path, false, replay.status(),
                    replay.legacyStatus(), found.size(), masker.mask(replay.error())));
        }

        List<OperationFigures> operations = new ArrayList<>();
        int replayed = 0;
        int skipped = 0;
        int mismatched = 0;
        boolean passed = true;
        for (Map.Entry<String, int[]> entry : perOperation.entrySet()) {
            int[] f = entry.getValue();
            double rate = f[1] == 0 ? 0.0 : (double) f[3] / f[1];
            boolean over = rate > failOver;
            passed &= !over;
            operations.add(new OperationFigures(entry.getKey(), f[0], f[1], f[2], f[3], rate, over));
            replayed += f[1];
            skipped += f[2];
            mismatched += f[3];
        }
        List<PathFigures> paths = differing.values().stream().sorted(Comparator.comparingInt(PathTally::count).reversed())
                .limit(MAX_PATHS).map(PathTally::figures).toList();
        List<VolatilePath> volatiles = volatileTally.values().stream().sorted(Comparator.comparingInt(PathTally::count).reversed())
                .map(tally -> new VolatilePath(masker.mask(tally.path), tally.count(), tally.examples.get(0))).toList();
        Totals totals = new Totals(exchanges, exchanges - calls.size(), calls.size(), replayed, skipped, mismatched, differences,
                volatiles.size());
        return new CompareReport(settings, totals, operations, paths, volatiles, outcomes, passed);
    }

    /** A call that got no answer is compared as its error text, so it counts as a difference. */
    private static String answerText(Replay replay) {
        return replay.error() != null ? "(no answer: " + replay.error() + ")" : replay.body();
    }

    private Example example(int position, LegacyCall call, Difference difference) {
        return new Example(call.exchange().index(), call.operation(), masker.mask(difference.path()), difference.kind().name(),
                masker.maskAt(difference.path(), difference.expected()), masker.maskAt(difference.path(), difference.actual()));
    }

    /** Occurrences of one path pattern with its first few examples. */
    private final class PathTally {
        final String path;
        final Set<String> kinds = new LinkedHashSet<>();
        final Set<String> operations = new LinkedHashSet<>();
        final List<Example> examples = new ArrayList<>();
        int occurrences;

        PathTally(String path) {
            this.path = path;
        }

        void add(Example example) {
            occurrences++;
            kinds.add(example.kind());
            operations.add(example.operation());
            if (examples.size() < EXAMPLES_PER_PATH) {
                examples.add(example);
            }
        }

        int count() {
            return occurrences;
        }

        PathFigures figures() {
            return new PathFigures(masker.mask(path), List.copyOf(kinds), occurrences, List.copyOf(operations), List.copyOf(examples));
        }
    }
}
