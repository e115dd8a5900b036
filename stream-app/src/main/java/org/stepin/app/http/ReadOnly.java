package org.stepin.app.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/** Lets GET and HEAD through to a handler and answers anything else with 405 and an {@code Allow} header. */
final class ReadOnly implements HttpHandler {
    private final HttpHandler handler;

    ReadOnly(HttpHandler handler) {
        this.handler = requireNonNull(handler, "handler");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            handler.handle(exchange);
            return;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        Responses.status(exchange, 405, "method not allowed");
    }
}
