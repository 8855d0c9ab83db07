package com.connectgateway.compare;

import com.connectgateway.compare.CompareReport.CallOutcome;
import com.connectgateway.compare.CompareReport.Example;
import com.connectgateway.compare.CompareReport.OperationFigures;
import com.connectgateway.compare.CompareReport.PathFigures;
import com.connectgateway.compare.CompareReport.VolatilePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** {@code report.html}: one self-contained page (inline CSS, no script, nothing fetched) to open from disk. */
final class HtmlReportWriter {

    static final String FILE = "report.html";

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1d232a;background:#fff}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d8dee4;padding-bottom:4px}
            table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid #d8dee4;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f3f5f7;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
            code,pre{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}pre{margin:0;white-space:pre-wrap;word-break:break-all}
            .verdict{display:inline-block;padding:3px 10px;border-radius:4px;font-weight:600;color:#fff}
            .pass{background:#2d7d46}.fail{background:#b42318}.over{background:#fdecea}.muted{color:#5c6670}
            .kind{display:inline-block;padding:0 6px;border-radius:3px;background:#eef1f4;font-size:12px;margin-right:4px}
            table.fixed{table-layout:fixed}table.fixed code{word-break:break-all}
            .exp{background:#fff8e6}.act{background:#eef6ff}.summary td{border:none;padding:2px 16px 2px 0}
            """;

    private HtmlReportWriter() {
    }

    static Path write(CompareReport report, Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
        return file;
    }

    static String render(CompareReport report) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Connect Gateway compare report</title><style>")
                .append(CSS).append("</style></head><body>");
        html.append("<h1>Connect Gateway compare report</h1><p class=\"muted\">")
                .append(esc(String.valueOf(report.settings().get("mode")))).append(" · ")
                .append(esc(String.valueOf(report.settings().get("generatedAt")))).append("</p>");
        html.append("<p><span class=\"verdict ").append(report.passed() ? "pass\">PASS" : "fail\">FAIL")
                .append("</span> &nbsp;no operation may exceed a mismatch rate of ")
                .append(percent(((Number) report.settings().get("failOver")).doubleValue())).append("</p>");
        var t = report.totals();
        html.append("<table class=\"summary\"><tr>");
        cell(html, "exchanges in corpus", t.exchanges());
        cell(html, "not legacy calls", t.notLegacy());
        cell(html, "legacy calls", t.legacyCalls());
        cell(html, "replayed", t.replayed());
        cell(html, "skipped", t.skipped());
        cell(html, "mismatched calls", t.mismatchedCalls());
        cell(html, "differences", t.differences());
        cell(html, "volatile paths", t.volatilePaths());
        html.append("</tr></table>");

        html.append("<h2>Operations</h2><table><tr><th>operation</th><th>calls</th><th>replayed</th><th>skipped</th>")
                .append("<th>mismatched</th><th>mismatch rate</th></tr>");
        for (OperationFigures op : report.operations()) {
            html.append("<tr").append(op.overThreshold() ? " class=\"over\"" : "").append("><td><code>").append(esc(op.operation()))
                    .append("</code></td><td class=\"n\">").append(op.calls()).append("</td><td class=\"n\">").append(op.replayed())
                    .append("</td><td class=\"n\">").append(op.skipped()).append("</td><td class=\"n\">").append(op.mismatched())
                    .append("</td><td class=\"n\">").append(percent(op.mismatchRate())).append("</td></tr>");
        }
        html.append("</table>");

        html.append("<h2>Most frequent differing paths</h2>");
        if (report.differingPaths().isEmpty()) {
            html.append("<p class=\"muted\">No differences.</p>");
        } else {
            // Fixed columns: long values wrap instead of pushing the side-by-side columns off the page.
            html.append("<table class=\"fixed\"><colgroup><col style=\"width:24%\"><col style=\"width:6%\"><col style=\"width:20%\">")
                    .append("<col style=\"width:25%\"><col style=\"width:25%\"></colgroup>")
                    .append("<tr><th>path</th><th>count</th><th>example (call)</th><th>expected</th><th>actual</th></tr>");
            for (PathFigures path : report.differingPaths()) {
                Example first = path.examples().get(0);
                html.append("<tr><td><code>").append(esc(path.path())).append("</code><br>");
                path.kinds().forEach(kind -> html.append("<span class=\"kind\">").append(esc(kind)).append("</span>"));
                html.append("<div class=\"muted\">").append(esc(String.join(", ", path.operations()))).append("</div></td>")
                        .append("<td class=\"n\">").append(path.count()).append("</td><td>");
                html.append("#").append(first.call()).append(" <code>").append(esc(first.path())).append("</code></td>");
                html.append("<td class=\"exp\"><pre>").append(esc(shown(first.expected()))).append("</pre></td><td class=\"act\"><pre>")
                        .append(esc(shown(first.actual()))).append("</pre></td></tr>");
            }
            html.append("</table>");
        }

        html.append("<h2>Volatile paths</h2><p class=\"muted\">Values that changed between two passes through the same gateway; not counted as mismatches.</p>");
        if (report.volatilePaths().isEmpty()) {
            html.append("<p class=\"muted\">None.</p>");
        } else {
            html.append("<table class=\"fixed\"><colgroup><col style=\"width:40%\"><col style=\"width:6%\"><col style=\"width:27%\">")
                    .append("<col style=\"width:27%\"></colgroup><tr><th>path</th><th>count</th><th>first pass</th><th>second pass</th></tr>");
            for (VolatilePath path : report.volatilePaths()) {
                html.append("<tr><td><code>").append(esc(path.path())).append("</code></td><td class=\"n\">").append(path.count())
                        .append("</td><td class=\"exp\"><pre>").append(esc(shown(path.example().expected())))
                        .append("</pre></td><td class=\"act\"><pre>").append(esc(shown(path.example().actual()))).append("</pre></td></tr>");
            }
            html.append("</table>");
        }

        html.append("<h2>Calls</h2><table class=\"fixed\"><colgroup><col style=\"width:5%\"><col style=\"width:30%\"><col style=\"width:35%\">")
                .append("<col style=\"width:20%\"><col style=\"width:10%\"></colgroup><tr><th>#</th><th>operation</th><th>path</th><th>outcome</th><th>differences</th></tr>");
        for (CallOutcome call : report.calls()) {
            String outcome = call.skipped() ? "skipped (side effect)"
                    : call.error() != null ? "no answer: " + call.error()
                    : "HTTP " + call.status() + (call.legacyStatus() == null ? "" : " · " + call.legacyStatus());
            html.append("<tr><td class=\"n\">").append(call.call()).append("</td><td><code>").append(esc(call.operation()))
                    .append("</code></td><td><code>").append(esc(call.path())).append("</code></td><td>").append(esc(outcome))
                    .append("</td><td class=\"n\">").append(call.skipped() ? "" : call.differences()).append("</td></tr>");
        }
        html.append("</table>");

        html.append("<h2>Settings</h2><table>");
        for (Map.Entry<String, Object> setting : report.settings().entrySet()) {
            html.append("<tr><th>").append(esc(setting.getKey())).append("</th><td><code>").append(esc(String.valueOf(setting.getValue())))
                    .append("</code></td></tr>");
        }
        html.append("</table></body></html>\n");
        return html.toString();
    }

    private static void cell(StringBuilder html, String label, int value) {
        html.append("<td><b>").append(value).append("</b> <span class=\"muted\">").append(esc(label)).append("</span></td>");
    }

    private static String shown(String value) {
        return value == null ? "(absent)" : value;
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
