package org.stepin.app.evaluate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.stepin.app.evaluate.CategoryRow;
import org.stepin.app.evaluate.ContenderRow;
import org.stepin.app.evaluate.DatasetResult;
import org.stepin.app.evaluate.EscalationRow;
import org.stepin.app.evaluate.GateResult;
import org.stepin.core.eval.Confusion;

/**
 * The machine-readable form of the tables: one JSON object a line, each with a {@code type}
 * ({@code contender}, {@code escalation}, {@code category}, {@code gate}) and its data set. Undefined
 * values are JSON null. No example text is ever written here.
 */
public final class JsonLines {
    private final ObjectMapper mapper = new ObjectMapper();
    private final PrintWriter out;

    public JsonLines(PrintWriter out) {
        this.out = out;
    }

    /** Writes {@code result}'s rows. */
    public void write(DatasetResult result) throws JsonProcessingException {
        for (ContenderRow row : result.rows()) {
            ObjectNode node = line("scorer", result.dataset().id());
            node.put("scorer", row.contender());
            node.put("items", result.items());
            confusion(node, row.metrics().confusion());
            number(node, "rocAuc", row.metrics().rocAuc());
            number(node, "prAuc", row.metrics().averagePrecision());
            node.put("seconds", result.elapsed().toMillis() / 1000.0);
            print(node);
        }
        for (EscalationRow row : result.escalation()) {
            ObjectNode node = line("escalation", result.dataset().id());
            node.put("scorer", row.contender());
            node.put("label", row.label().display());
            node.put("users", row.users());
            number(node, "atLeastModerate", row.moderate());
            number(node, "atLeastHigh", row.high());
            number(node, "imminent", row.imminent());
            print(node);
        }
        for (CategoryRow row : result.categories()) {
            ObjectNode node = line("category", result.dataset().id());
            node.put("scorer", row.contender());
            node.put("category", row.category().id());
            confusion(node, row.confusion());
            print(node);
        }
        out.flush();
    }

    /** Writes one line per gate. */
    public void writeGates(List<GateResult> gates) throws JsonProcessingException {
        for (GateResult gate : gates) {
            ObjectNode node = mapper.createObjectNode();
            node.put("type", "gate");
            node.put("gate", gate.name());
            node.put("passed", gate.passed());
            number(node, "measured", gate.measured());
            node.put("comparison", gate.comparison());
            number(node, "threshold", gate.threshold());
            print(node);
        }
        out.flush();
    }

    private ObjectNode line(String type, String dataset) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", type);
        node.put("dataset", dataset);
        return node;
    }

    private static void confusion(ObjectNode node, Confusion c) {
        node.put("n", c.total());
        node.put("positives", c.positives());
        node.put("tp", c.truePositives());
        node.put("fp", c.falsePositives());
        node.put("fn", c.falseNegatives());
        node.put("tn", c.trueNegatives());
        number(node, "precision", c.precision());
        number(node, "recall", c.recall());
        number(node, "f1", c.f1());
        number(node, "alertRate", c.predictedPositiveRate());
        number(node, "negativeAlertRate", c.falsePositiveRate());
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, Math.round(value * 1e6) / 1e6);
        }
    }

    private void print(ObjectNode node) throws JsonProcessingException {
        out.println(mapper.writeValueAsString(node));
    }
}
