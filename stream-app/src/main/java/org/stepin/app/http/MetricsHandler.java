package org.stepin.app.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Serves the registry's scrape in the Prometheus text format 0.0.4 (what Prometheus and promtool read). */
final class MetricsHandler implements HttpHandler {
    /**
     * The content type of the text format 0.0.4, as the registry's writer names it
     * ({@code PrometheusTextFormatWriter.CONTENT_TYPE}, pinned by a test).
     */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    MetricsHandler(PrometheusMeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Responses.send(exchange, 200, CONTENT_TYPE, registry.scrape(CONTENT_TYPE).getBytes(StandardCharsets.UTF_8));
    }
}
