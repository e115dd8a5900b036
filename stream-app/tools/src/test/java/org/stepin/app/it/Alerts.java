package org.stepin.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Counting alerts by the message event that triggered them: the measure of "0 lost, 0 duplicates". */
final class Alerts {
    private Alerts() {
    }

    static Map<String, Long> byTriggeringEvent(List<JsonNode> alerts) {
        return alerts.stream().map(alert -> alert.get("triggeringEventIds").get(0).asText())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Youth ids and event ids for {@code youths} youths with {@code each} IMMINENT messages apiece. */
    static String eventId(int youth, int message) {
        return "ev-" + youth + "-" + message;
    }
}
