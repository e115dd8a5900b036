package org.stepin.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicBoolean ready = new AtomicBoolean();
    private OpsServer server;

    @BeforeEach
    void start() {
        Counter.builder("detector.test.events").description("test").register(registry).increment();
        server = OpsServer.builder(registry, ready::get).port(0)
                .withHandler("/feed/", exchange -> Responses.json(exchange, 200, "{\"feed\":true}"))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(5))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldServeMetricsInPrometheusTextFormat() throws Exception {
        HttpResponse<String> response = send("GET", "/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).contains("# TYPE detector_test_events_total counter")
                .contains("detector_test_events_total 1.0");
    }

    @Test
    void metricsContentTypeIsTheRegistryWritersOwn() {
        assertThat(MetricsHandler.CONTENT_TYPE).isEqualTo(PrometheusTextFormatWriter.CONTENT_TYPE);
    }

    @Test
    void shouldAnswerLivenessWhileRunning() throws Exception {
        HttpResponse<String> response = send("GET", "/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void shouldFlipReadinessWithTheCheck() throws Exception {
        HttpResponse<String> notReady = send("GET", "/health/ready");
        ready.set(true);
        HttpResponse<String> isReady = send("GET", "/health/ready");
        ready.set(false);
        HttpResponse<String> notReadyAgain = send("GET", "/health/ready");

        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(notReady.body()).isEqualTo("{\"status\":\"NOT_READY\"}");
        assertThat(isReady.statusCode()).isEqualTo(200);
        assertThat(isReady.body()).isEqualTo("{\"status\":\"READY\"}");
        assertThat(notReadyAgain.statusCode()).isEqualTo(503);
    }

    @Test
    void aFailingReadinessCheckIsNotReady() throws Exception {
        try (OpsServer failing = OpsServer.builder(registry, () -> {
            throw new IllegalStateException("store not queryable");
        }).port(0).start()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + failing.port() + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(503);
        }
    }

    @Test
    void shouldAnswerHeadWithoutABody() throws Exception {
        HttpResponse<String> response = send("HEAD", "/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void shouldRejectOtherMethodsWith405() throws Exception {
        for (String path : List.of("/metrics", "/health/live", "/health/ready")) {
            for (String method : List.of("POST", "PUT", "DELETE")) {
                HttpResponse<String> response = send(method, path);
                assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
            }
        }
    }

    @Test
    void shouldAnswer404ForUnknownPaths() throws Exception {
        for (String path : List.of("/", "/metric", "/metrics/extra", "/health", "/health/ready/x", "/admin")) {
            assertThat(send("GET", path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void shouldServeAnAddedHandlerUnderItsPrefix() throws Exception {
        HttpResponse<String> response = send("GET", "/feed/alerts");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"feed\":true}");
    }

    @Test
    void shouldNotReplaceABuiltInPath() {
        assertThatThrownBy(() -> OpsServer.builder(registry, ready::get).withHandler("/metrics", exchange -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/metrics");
    }

    @Test
    void shouldListenOnLoopbackOnlyByDefault() throws Exception {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address.isLoopbackAddress() || address.isLinkLocalAddress()) {
                    continue;
                }
                try (Socket socket = new Socket(address, server.port())) {
                    assertThat(socket.isConnected()).as("connected on " + address).isFalse();
                } catch (ConnectException expected) {
                    // refused: nothing listens there
                }
            }
        }
    }

    @Test
    void shouldStopListeningWhenClosed() {
        int port = server.port();
        server.close();

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }
}
