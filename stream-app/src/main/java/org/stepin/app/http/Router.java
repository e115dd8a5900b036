package org.stepin.app.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request to the handler of its exact path, or of the longest registered prefix ending in {@code /};
 * 404 when there is none, 500 (logged with the path only, never the query) when a handler fails.
 */
final class Router implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final Map<String, HttpHandler> routes;

    Router(Map<String, HttpHandler> routes) {
        this.routes = new LinkedHashMap<>(requireNonNull(routes, "routes"));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        HttpHandler handler = find(path == null ? "" : path);
        try (exchange) {
            if (handler == null) {
                Responses.status(exchange, 404, "not found");
                return;
            }
            try {
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                LOG.warn("ops request {} {} failed: {}", exchange.getRequestMethod(),
                        handler.getClass().getSimpleName(), e.getClass().getName());
                if (exchange.getResponseCode() == -1) {
                    Responses.status(exchange, 500, "internal error");
                }
            }
        }
    }

    private HttpHandler find(String path) {
        HttpHandler exact = routes.get(path);
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (String route : routes.keySet()) {
            if (route.endsWith("/") && path.startsWith(route) && (best == null || route.length() > best.length())) {
                best = route;
            }
        }
        return best == null ? null : routes.get(best);
    }
}
