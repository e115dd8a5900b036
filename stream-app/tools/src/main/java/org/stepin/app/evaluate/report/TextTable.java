package org.stepin.app.evaluate.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.stepin.app.evaluate.CategoryRow;
import org.stepin.app.evaluate.ContenderRow;
import org.stepin.app.evaluate.DatasetResult;
import org.stepin.app.evaluate.EscalationRow;
import org.stepin.app.evaluate.GateResult;
import org.stepin.core.eval.Confusion;

/** Readable tables for a terminal: one per data set, one row per contender, columns aligned. */
public final class TextTable {
    private TextTable() {
    }

    /** Prints {@code result}'s tables. */
    public static void print(PrintWriter out, DatasetResult result) {
        out.println();
        out.printf("== %s: %s%n", result.dataset().title(), result.task());
        out.printf("   %d items, %.1f s%n", result.items(), result.elapsed().toMillis() / 1000.0);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"scorer", "n", "pos", "TP", "FP", "FN", "TN", "precision", "recall", "F1",
            "alert rate", "neg alert rate", "ROC-AUC", "PR-AUC"});
        for (ContenderRow row : result.rows()) {
            Confusion c = row.metrics().confusion();
            rows.add(new String[] {row.contender(), String.valueOf(c.total()), String.valueOf(c.positives()),
                String.valueOf(c.truePositives()), String.valueOf(c.falsePositives()),
                String.valueOf(c.falseNegatives()), String.valueOf(c.trueNegatives()), Numbers.ratio(c.precision()),
                Numbers.ratio(c.recall()), Numbers.ratio(c.f1()), Numbers.ratio(c.predictedPositiveRate()),
                Numbers.ratio(c.falsePositiveRate()), Numbers.ratio(row.metrics().rocAuc()),
                Numbers.ratio(row.metrics().averagePrecision())});
        }
        print(out, rows);
        if (!result.escalation().isEmpty()) {
            out.println("   escalation (share of users whose highest severity reached):");
            List<String[]> escalation = new ArrayList<>();
            escalation.add(new String[] {"scorer", "label", "users", ">= MODERATE", ">= HIGH", "IMMINENT"});
            for (EscalationRow row : result.escalation()) {
                escalation.add(new String[] {row.contender(), row.label().display(), String.valueOf(row.users()),
                    Numbers.ratio(row.moderate()), Numbers.ratio(row.high()), Numbers.ratio(row.imminent())});
            }
            print(out, escalation);
        }
        if (!result.categories().isEmpty()) {
            out.println("   per category at the alert threshold (alert and top category = label):");
            List<String[]> categories = new ArrayList<>();
            categories.add(new String[] {"scorer", "category", "pos", "TP", "FP", "FN", "precision", "recall", "F1"});
            for (CategoryRow row : result.categories()) {
                Confusion c = row.confusion();
                categories.add(new String[] {row.contender(), row.category().id(), String.valueOf(c.positives()),
                    String.valueOf(c.truePositives()), String.valueOf(c.falsePositives()),
                    String.valueOf(c.falseNegatives()), Numbers.ratio(c.precision()), Numbers.ratio(c.recall()),
                    Numbers.ratio(c.f1())});
            }
            print(out, categories);
        }
        for (String note : result.notes()) {
            out.println("   note: " + note);
        }
        out.flush();
    }

    /** Prints each gate as PASS or FAIL with its measured value. */
    public static void printGates(PrintWriter out, List<GateResult> gates) {
        out.println();
        out.println("== quality gates");
        for (GateResult gate : gates) {
            out.printf("%s  %s: measured %s, required %s %s%n", gate.passed() ? "PASS" : "FAIL", gate.name(),
                    Numbers.ratio(gate.measured()), gate.comparison(), Numbers.ratio(gate.threshold()));
        }
        out.flush();
    }

    private static void print(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("   ");
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 || i == 1 && !Character.isDigit(cell.isEmpty() ? 'x' : cell.charAt(0))
                        ? cell + pad : pad + cell);
                line.append(i + 1 < row.length ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
