package com.connectgateway.compare;

import java.util.List;
import java.util.Map;

/** Everything a compare run found: what the JSON report holds and the HTML report shows. Values are masked. */
public record CompareReport(Map<String, Object> settings, Totals totals, List<OperationFigures> operations,
        List<PathFigures> differingPaths, List<VolatilePath> volatilePaths, List<CallOutcome> calls, boolean passed) {

    public record Totals(int exchanges, int notLegacy, int legacyCalls, int replayed, int skipped, int mismatchedCalls,
            int differences, int volatilePaths) {
    }

    /** mismatchRate = calls with at least one counted difference / calls replayed. */
    public record OperationFigures(String operation, int calls, int replayed, int skipped, int mismatched,
            double mismatchRate, boolean overThreshold) {
    }

    public record PathFigures(String path, List<String> kinds, int count, List<String> operations, List<Example> examples) {
    }

    public record VolatilePath(String path, int count, Example example) {
    }

    /** One difference as seen: expected is the recording (or the baseline), actual the gateway (or the candidate). */
    public record Example(int call, String operation, String path, String kind, String expected, String actual) {
    }

    public record CallOutcome(int call, String operation, String path, boolean skipped, int status, String legacyStatus,
            int differences, String error) {
    }
}
