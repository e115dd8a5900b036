package org.stepin.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stepin.app.run.PipelineInstance;
import org.stepin.core.Detector;

/**
 * A real Prometheus server (Debian's {@code prometheus}, on loopback with its own port and data folder) scrapes
 * the running pipeline with the project's own rules, and a recording rule and an alert are read back through its
 * HTTP API: the rules work on what the application really exposes.
 */
class PrometheusScrapeIT {
    private static final Instant T = Cluster.recent();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    @Test
    @Timeout(240)
    void prometheusScrapesThePipelineAndItsRulesSeeDeadLettersAndAlerts() throws Exception {
        try (Cluster cluster = new Cluster(2)) {
            cluster.consent("y1", T.minus(Duration.ofDays(1)));
            PipelineInstance instance = PipelineInstance.start(cluster.config("prometheus"), Detector.packaged(),
                    List.of(), Cluster.instance(Files.createDirectories(folder.resolve("state"))),
                    "127.0.0.1", 0);
            Process prometheus = null;
            try {
                assertThat(instance.runner().awaitRunning(Duration.ofSeconds(60))).isTrue();
                int port = freePort();
                prometheus = startPrometheus(instance.httpBase(), port);
                String api = "http://127.0.0.1:" + port + "/api/v1/query?query=";
                awaitResult(api, "up{job=\"stepin-detector\"} == 1", Duration.ofSeconds(60));

                cluster.message("e1", "y1", T, "i want to die tonight");
                cluster.sendRaw("messages", Cluster.bytes("y1"), Cluster.bytes("{\"broken"), T);
                cluster.flush();
                cluster.readAll("caseworker-alerts", 1, Duration.ofSeconds(60));
                // more dead letters while Prometheus scrapes, so increase() sees a change between samples
                for (int i = 0; i < 5; i++) {
                    Thread.sleep(1500);
                    cluster.sendRaw("messages", Cluster.bytes("y1"), Cluster.bytes("{\"broken"), T);
                    cluster.flush();
                }

                JsonNode rate = awaitResult(api, "job:detector_dead_letters:rate5m{kind=\"MALFORMED_JSON\"} > 0",
                        Duration.ofSeconds(60));
                assertThat(rate.get(0).get("metric").get("job").asText()).isEqualTo("stepin-detector");
                JsonNode firing = awaitResult(api, "ALERTS{alertname=\"StepinDeadLetters\",alertstate=\"firing\"}",
                        Duration.ofSeconds(60));
                assertThat(firing.get(0).get("metric").get("kind").asText()).isEqualTo("MALFORMED_JSON");
                JsonNode alerts = awaitResult(api,
                        "detector_alerts_emitted_total{severity=\"IMMINENT\",route=\"ON_CALL\"} > 0",
                        Duration.ofSeconds(30));
                assertThat(alerts.get(0).get("metric").has("youthId")).isFalse();
                awaitResult(api, "kafka_stream_client_state{job=\"stepin-detector\"} == 2", Duration.ofSeconds(30));
            } finally {
                if (prometheus != null) {
                    prometheus.destroy();
                    prometheus.waitFor(20, TimeUnit.SECONDS);
                }
                instance.close(Duration.ofSeconds(30));
            }
        }
    }

    private Process startPrometheus(String target, int port) throws IOException {
        Path rules = Files.copy(Path.of("../../deploy/prometheus/rules.yml"), folder.resolve("rules.yml"));
        String address = URI.create(target).getAuthority();
        Path config = Files.writeString(folder.resolve("prometheus.yml"), String.join("\n",
                "global:", "  scrape_interval: 1s", "  evaluation_interval: 1s",
                "rule_files:", "  - " + rules,
                "scrape_configs:", "  - job_name: stepin-detector", "    static_configs:",
                "      - targets: [\"" + address + "\"]", ""));
        return new ProcessBuilder("prometheus", "--config.file=" + config,
                "--storage.tsdb.path=" + Files.createDirectories(folder.resolve("tsdb")),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(folder.resolve("prometheus.log").toFile()).start();
    }

    /** Polls an instant query until it returns a non-empty vector; the vector. */
    private static JsonNode awaitResult(String api, String query, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(api + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    last = Cluster.MAPPER.readTree(response.body()).path("data").path("result");
                    if (last.isArray() && !last.isEmpty()) {
                        return last;
                    }
                }
            } catch (IOException e) {
                // Prometheus still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no result for " + query + " within " + timeout + " (last: " + last + ")");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
