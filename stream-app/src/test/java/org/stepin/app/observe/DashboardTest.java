package org.stepin.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardTest {
    private static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "stepin-dashboard.json");

    @Test
    void shouldHaveThePanelsOperatorsAskFor() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        List<String> titles = new ArrayList<>();
        dashboard.get("panels").forEach(panel -> titles.add(panel.get("title").asText()));

        assertThat(dashboard.get("uid").asText()).isEqualTo("stepin-detector");
        assertThat(titles).contains("Throughput: messages received and scored", "Input lag (records)",
                "Scoring latency p50 / p99", "Event-to-alert latency p50 / p99", "Alerts by severity",
                "Alerts by route", "Messages blocked by the consent gate, by reason", "Dead letters by kind",
                "Deep-tier share", "Unacknowledged alerts: oldest age by route", "Versions running");
    }

    @Test
    void everyPanelUsesTheDatasourceVariable() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());

        assertThat(dashboard.at("/__inputs/0/name").asText()).isEqualTo("DS_PROMETHEUS");
        assertThat(dashboard.get("panels")).allSatisfy(panel -> {
            assertThat(panel.at("/datasource/uid").asText()).isEqualTo("${DS_PROMETHEUS}");
            assertThat(panel.get("targets")).isNotEmpty().allSatisfy(target -> {
                assertThat(target.at("/datasource/uid").asText()).isEqualTo("${DS_PROMETHEUS}");
                assertThat(target.get("expr").asText()).isNotBlank();
            });
        });
    }

    @Test
    void panelsDoNotOverlap() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        List<int[]> boxes = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            JsonNode grid = panel.get("gridPos");
            int[] box = {grid.get("x").asInt(), grid.get("y").asInt(), grid.get("w").asInt(), grid.get("h").asInt()};
            assertThat(box[0] + box[2]).as(panel.get("title").asText()).isLessThanOrEqualTo(24);
            for (int[] other : boxes) {
                boolean apart = box[0] + box[2] <= other[0] || other[0] + other[2] <= box[0]
                        || box[1] + box[3] <= other[1] || other[1] + other[3] <= box[1];
                assertThat(apart).as(panel.get("title").asText() + " overlaps another panel").isTrue();
            }
            boxes.add(box);
        }
    }
}
