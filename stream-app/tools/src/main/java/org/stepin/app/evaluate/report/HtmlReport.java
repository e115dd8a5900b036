package org.stepin.app.evaluate.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.stepin.app.evaluate.CategoryRow;
import org.stepin.app.evaluate.ContenderRow;
import org.stepin.app.evaluate.DatasetResult;
import org.stepin.app.evaluate.EscalationRow;
import org.stepin.app.evaluate.Example;
import org.stepin.app.evaluate.GateResult;
import org.stepin.core.eval.Confusion;

/**
 * Writes {@code index.html}: one self-contained page (plain CSS, charts as embedded PNG) with a section
 * per data set, the quality gates, and the data set credits. Example texts are masked and cut.
 */
public final class HtmlReport {
    private static final String CSS = "body{font-family:system-ui,sans-serif;margin:2em;max-width:72em;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0 1.2em}th,td{border:1px solid #ccc;padding:.25em .5em;"
            + "font-size:.9em}td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f3f3f3}"
            + ".pass{color:#060}.fail{color:#a00;font-weight:bold}.note{color:#555;font-size:.9em}"
            + "img{border:1px solid #ddd;margin-right:1em}footer{margin-top:3em;font-size:.85em;color:#555}"
            + "td.t{max-width:40em}";

    private HtmlReport() {
    }

    /** Writes the report for {@code results} and {@code gates} (may be empty) to {@code dir/index.html}. */
    public static Path write(Path dir, String title, List<DatasetResult> results, List<GateResult> gates)
            throws IOException {
        Files.createDirectories(dir);
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>").append(CSS).append("</style></head><body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n");
        if (!gates.isEmpty()) {
            gates(html, gates);
        }
        for (DatasetResult result : results) {
            dataset(html, result);
        }
        html.append("<footer><h2>Data</h2><p>None of these data sets is youth chat; expect a domain gap. They are"
                + " read at run time and never shipped.</p><ul>");
        for (String credit : Credits.DATASETS) {
            html.append("<li>").append(escape(credit)).append("</li>");
        }
        html.append("</ul></footer></body></html>\n");
        Path file = dir.resolve("index.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static void gates(StringBuilder html, List<GateResult> gates) {
        html.append("<h2>Quality gates</h2><table><tr><th>result</th><th>gate</th><th>measured</th>"
                + "<th>required</th></tr>");
        for (GateResult gate : gates) {
            html.append("<tr><td class=\"").append(gate.passed() ? "pass\">PASS" : "fail\">FAIL").append("</td><td>")
                    .append(escape(gate.name())).append("</td><td class=\"n\">").append(Numbers.ratio(gate.measured()))
                    .append("</td><td class=\"n\">").append(escape(gate.comparison())).append(' ')
                    .append(Numbers.ratio(gate.threshold())).append("</td></tr>");
        }
        html.append("</table>\n");
    }

    private static void dataset(StringBuilder html, DatasetResult result) throws IOException {
        html.append("<h2>").append(escape(result.dataset().title())).append("</h2><p>").append(escape(result.task()))
                .append(". ").append(result.items()).append(" items, ")
                .append(String.format(Locale.ROOT, "%.1f", result.elapsed().toMillis() / 1000.0))
                .append(" s.</p>\n<table><tr><th>scorer</th><th>rule</th><th>n</th><th>pos</th><th>TP</th><th>FP</th>"
                        + "<th>FN</th><th>TN</th><th>precision</th><th>recall</th><th>F1</th><th>alert rate</th>"
                        + "<th>alert rate on negatives</th><th>ROC-AUC</th><th>PR-AUC</th></tr>");
        for (ContenderRow row : result.rows()) {
            Confusion c = row.metrics().confusion();
            html.append("<tr><td>").append(escape(row.contender())).append("</td><td class=\"note\">")
                    .append(escape(row.rule())).append("</td>");
            cells(html, String.valueOf(c.total()), String.valueOf(c.positives()), String.valueOf(c.truePositives()),
                    String.valueOf(c.falsePositives()), String.valueOf(c.falseNegatives()),
                    String.valueOf(c.trueNegatives()), Numbers.ratio(c.precision()), Numbers.ratio(c.recall()),
                    Numbers.ratio(c.f1()), Numbers.ratio(c.predictedPositiveRate()),
                    Numbers.ratio(c.falsePositiveRate()), Numbers.ratio(row.metrics().rocAuc()),
                    Numbers.ratio(row.metrics().averagePrecision()));
            html.append("</tr>");
        }
        html.append("</table>\n");
        for (String note : result.notes()) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        html.append("<p><img alt=\"ROC curves\" src=\"").append(Charts.roc(result)).append("\"><img alt=\"PR curves\""
                + " src=\"").append(Charts.precisionRecall(result)).append("\"></p>\n");
        if (!result.escalation().isEmpty()) {
            html.append("<h3>Escalation: share of users whose highest severity reached</h3><table><tr><th>scorer</th>"
                    + "<th>label</th><th>users</th><th>&ge; MODERATE</th><th>&ge; HIGH</th><th>IMMINENT</th></tr>");
            for (EscalationRow row : result.escalation()) {
                html.append("<tr><td>").append(escape(row.contender())).append("</td><td>")
                        .append(row.label().display()).append("</td>");
                cells(html, String.valueOf(row.users()), Numbers.percent(row.moderate()), Numbers.percent(row.high()),
                        Numbers.percent(row.imminent()));
                html.append("</tr>");
            }
            html.append("</table>\n");
        }
        if (!result.categories().isEmpty()) {
            html.append("<h3>Per category (alert and top category = labelled category)</h3><table><tr><th>scorer</th>"
                    + "<th>category</th><th>pos</th><th>TP</th><th>FP</th><th>FN</th><th>precision</th>"
                    + "<th>recall</th><th>F1</th></tr>");
            for (CategoryRow row : result.categories()) {
                Confusion c = row.confusion();
                html.append("<tr><td>").append(escape(row.contender())).append("</td><td>").append(row.category().id())
                        .append("</td>");
                cells(html, String.valueOf(c.positives()), String.valueOf(c.truePositives()),
                        String.valueOf(c.falsePositives()), String.valueOf(c.falseNegatives()),
                        Numbers.ratio(c.precision()), Numbers.ratio(c.recall()), Numbers.ratio(c.f1()));
                html.append("</tr>");
            }
            html.append("</table>\n");
        }
        String primary = result.rows().get(0).contender();
        examples(html, "Worst " + result.falsePositives().size() + " false positives of " + primary
                + " (highest risk first)", result.falsePositives());
        examples(html, "Worst " + result.falseNegatives().size() + " false negatives of " + primary
                + " (lowest risk first)", result.falseNegatives());
    }

    private static void examples(StringBuilder html, String heading, List<Example> examples) {
        html.append("<h3>").append(escape(heading)).append("</h3>");
        if (examples.isEmpty()) {
            html.append("<p class=\"note\">none</p>\n");
            return;
        }
        html.append("<table><tr><th>id</th><th>label</th><th>risk</th><th>text (masked)</th><th>evidence</th></tr>");
        for (Example example : examples) {
            html.append("<tr><td>").append(escape(example.id())).append("</td><td>").append(escape(example.label()))
                    .append("</td><td class=\"n\">").append(Numbers.ratio(example.risk()))
                    .append("</td><td class=\"t\">")
                    .append(escape(ExampleText.masked(example.text()))).append("</td><td>")
                    .append(escape(ExampleText.masked(String.join("; ", example.evidence())))).append("</td></tr>");
        }
        html.append("</table>\n");
    }

    private static void cells(StringBuilder html, String... values) {
        for (String value : values) {
            html.append("<td class=\"n\">").append(escape(value)).append("</td>");
        }
    }

    /** {@code text} safe inside HTML element content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
