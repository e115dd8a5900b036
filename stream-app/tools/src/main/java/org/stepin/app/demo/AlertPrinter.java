package org.stepin.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an alert the way an on-call worker would want to read it: route and urgency, severity and
 * categories, who and when, the masked snippet with the triggering words in «guillemets», and why.
 */
public final class AlertPrinter {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT).withZone(ZoneId.of("UTC"));

    private final PrintWriter out;

    public AlertPrinter(PrintWriter out) {
        this.out = out;
    }

    /** Prints {@code alert} (the alert contract's JSON). */
    public void print(JsonNode alert) {
        List<String> categories = new ArrayList<>();
        alert.path("categories").forEach(category -> categories.add(category.asText()));
        out.printf(Locale.ROOT, "%n[%s · %s] %s %s%n", alert.path("routeTo").asText(), alert.path("urgency").asText(),
                alert.path("severity").asText(), categories.isEmpty() ? "" : String.join(", ", categories));
        out.printf(Locale.ROOT, "  youth %s · %s · sent %s%s%n", alert.path("youthId").asText(),
                alert.path("trigger").asText().toLowerCase(Locale.ROOT),
                WHEN.format(Instant.parse(alert.path("eventTime").asText())),
                alert.path("assignee").isTextual() ? " · for " + alert.path("assignee").asText() : "");
        String snippet = bracketed(alert);
        if (!snippet.isEmpty()) {
            out.printf(Locale.ROOT, "  \"%s\"%n", snippet);
        }
        out.printf(Locale.ROOT, "  why: %s%s%n", alert.path("reason").asText(),
                alert.path("supersedes").isTextual() ? " (escalates the open alert)" : "");
        out.flush();
    }

    private static String bracketed(JsonNode alert) {
        String snippet = alert.path("snippet").asText();
        boolean[] marked = new boolean[snippet.length() + 1];
        for (JsonNode evidence : alert.path("evidence")) {
            int start = evidence.path("start").asInt();
            int end = evidence.path("end").asInt();
            for (int i = Math.max(0, start); i < Math.min(end, snippet.length()); i++) {
                marked[i] = true;
            }
        }
        StringBuilder text = new StringBuilder(snippet.length() + 16);
        for (int i = 0; i < snippet.length(); i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                text.append('«');
            }
            text.append(snippet.charAt(i));
            if (marked[i] && !marked[i + 1]) {
                text.append('»');
            }
        }
        return text.toString();
    }
}
