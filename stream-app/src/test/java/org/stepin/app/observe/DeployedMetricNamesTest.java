package org.stepin.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every metric the Prometheus rules and the Grafana dashboard read exists in a real scrape of the pipeline's
 * registry (listener, JVM and process binders, and Kafka Streams' metrics of a real, unstarted KafkaStreams), and
 * every recording rule they read is defined. ({@code .ci/run} lints a live scrape of the demo with
 * {@code deploy/check.sh}.)
 */
class DeployedMetricNamesTest {
    private static final Path DEPLOY = Path.of("..", "deploy");
    /**
     * Names no unstarted application can show: {@code up} is Prometheus' own. Kafka's per-partition metrics
     * (e.g. {@code kafka_consumer_fetch_manager_records_lag}) appear only once partitions are assigned; the rules
     * use the client-level {@code records_lag_max} instead, which is in the scrape. Keep this list short; the
     * lead checks any kafka_* name added here against the live demo.
     */
    private static final Set<String> NOT_IN_AN_UNSTARTED_SCRAPE = Set.of("up");

    private static Set<String> scraped;

    @BeforeAll
    static void scrape() throws IOException {
        scraped = Scrapes.sampleNames(Scrapes.ofPipeline());
    }

    private static JsonNode yaml(Path file) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }

    private static List<String> ruleExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        for (JsonNode group : yaml(DEPLOY.resolve("prometheus/rules.yml")).get("groups")) {
            for (JsonNode rule : group.get("rules")) {
                expressions.add(rule.get("expr").asText());
            }
        }
        return expressions;
    }

    private static Set<String> recordedNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (JsonNode group : yaml(DEPLOY.resolve("prometheus/rules.yml")).get("groups")) {
            for (JsonNode rule : group.get("rules")) {
                if (rule.has("record")) {
                    names.add(rule.get("record").asText());
                }
            }
        }
        return names;
    }

    private static List<String> dashboardExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        JsonNode dashboard = new ObjectMapper().readTree(DEPLOY.resolve("grafana/stepin-dashboard.json").toFile());
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                expressions.add(target.get("expr").asText());
            }
        }
        for (JsonNode variable : dashboard.at("/templating/list")) {
            if (variable.path("type").asText().equals("query")) {
                expressions.add(variable.get("query").asText().replaceAll("^label_values\\(([^,]+),.*$", "$1"));
            }
        }
        return expressions;
    }

    private static void assertAllKnown(List<String> expressions) throws IOException {
        Set<String> recorded = recordedNames();
        for (String expression : expressions) {
            for (String name : PromQl.metricNames(expression)) {
                if (name.contains(":")) {
                    assertThat(recorded).as("recording rule read by: " + expression).contains(name);
                } else if (!NOT_IN_AN_UNSTARTED_SCRAPE.contains(name)) {
                    assertThat(scraped).as("metric read by: " + expression).contains(name);
                }
            }
        }
    }

    @Test
    void everyMetricTheRulesReadIsScraped() throws IOException {
        List<String> expressions = ruleExpressions();

        assertThat(expressions).hasSizeGreaterThan(10);
        assertAllKnown(expressions);
    }

    @Test
    void everyMetricTheDashboardReadsIsScraped() throws IOException {
        List<String> expressions = dashboardExpressions();

        assertThat(expressions).hasSizeGreaterThan(10);
        assertAllKnown(expressions);
    }

    @Test
    void theRulesReadTheKafkaStreamsMetricsTheyNeed() throws IOException {
        Set<String> read = new TreeSet<>();
        for (String expression : ruleExpressions()) {
            read.addAll(PromQl.metricNames(expression));
        }

        assertThat(read).contains("kafka_stream_client_state", "kafka_consumer_fetch_manager_records_lag_max",
                "detector_dead_letters_total", "detector_alerts_unacknowledged_oldest_age_seconds",
                "detector_alert_latency_seconds_bucket", "up");
    }

    @Test
    void promQlNamesAreFoundAndNothingElse() {
        assertThat(PromQl.metricNames("histogram_quantile(0.99, sum by (job, le) (rate(a_bucket{x=\"y\"}[5m])))"
                + " > 0.25 and on (job) b:c:d offset 5m unless max(c_total{route=~\"ON_CALL|x\"}) / 1e3"))
                .containsExactly("a_bucket", "b:c:d", "c_total");
    }
}
