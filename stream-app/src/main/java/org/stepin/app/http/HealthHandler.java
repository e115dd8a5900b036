package org.stepin.app.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/** Answers 200 and {@code {"status":UP}} while a check holds, else 503 and DOWN; a check that throws fails. */
final class HealthHandler implements HttpHandler {
    private final BooleanSupplier check;
    private final String up;
    private final String down;

    HealthHandler(BooleanSupplier check, String up, String down) {
        this.check = requireNonNull(check, "check");
        this.up = requireNonNull(up, "up");
        this.down = requireNonNull(down, "down");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean healthy;
        try {
            healthy = check.getAsBoolean();
        } catch (RuntimeException e) {
            healthy = false;
        }
        Responses.json(exchange, healthy ? 200 : 503, "{\"status\":\"" + (healthy ? up : down) + "\"}");
    }
}
