package org.stepin.app.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The operations HTTP server, on the JDK's {@link HttpServer}:
 * <ul>
 *   <li>{@code GET /metrics}: the registry's scrape in the Prometheus text format 0.0.4;</li>
 *   <li>{@code GET /health/live}: 200 while the process runs;</li>
 *   <li>{@code GET /health/ready}: 200 when the readiness check is true (the pipeline passes
 *       {@code () -> streams.state() == RUNNING}), else 503; both with a short JSON body.</li>
 * </ul>
 * These answer GET and HEAD only (405 otherwise); any other path is 404. More handlers (the alert feed) join
 * with {@link Builder#withHandler}. Binds to {@value #DEFAULT_HOST} unless told otherwise, so nothing is exposed
 * beyond the machine by default; in a container, bind {@code 0.0.0.0} for the orchestrator's probes.
 * Thread-safe; {@link #close()} stops it.
 */
public final class OpsServer implements AutoCloseable {
    /** The default bind address: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 9400;

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicBoolean closed = new AtomicBoolean();

    private OpsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** A builder with the defaults: {@value #DEFAULT_HOST}, port {@value #DEFAULT_PORT}, two threads. */
    public static Builder builder(PrometheusMeterRegistry registry, BooleanSupplier readiness) {
        return new Builder(registry, readiness);
    }

    /** The address the server listens on, with the real port when it was started on port 0. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The port the server listens on, the real one when it was started on port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting, gives exchanges under way up to a second, and stops the threads; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Collects the server's settings and extra handlers; {@link #start()} binds it. Not thread-safe. */
    public static final class Builder {
        private final Map<String, HttpHandler> routes = new LinkedHashMap<>();
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private int threads = 2;

        private Builder(PrometheusMeterRegistry registry, BooleanSupplier readiness) {
            requireNonNull(registry, "registry");
            requireNonNull(readiness, "readiness");
            routes.put("/metrics", new ReadOnly(new MetricsHandler(registry)));
            routes.put("/health/live", new ReadOnly(new HealthHandler(() -> true, "UP", "DOWN")));
            routes.put("/health/ready", new ReadOnly(new HealthHandler(readiness, "READY", "NOT_READY")));
        }

        /** The address to bind: a host name or IP literal ({@code 0.0.0.0} for every interface). */
        public Builder host(String bindHost) {
            requireNonNull(bindHost, "host");
            if (bindHost.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            this.host = bindHost.trim();
            return this;
        }

        /** The port to bind, 0 for any free one (see {@link OpsServer#port()}). */
        public Builder port(int bindPort) {
            if (bindPort < 0 || bindPort > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + bindPort);
            }
            this.port = bindPort;
            return this;
        }

        /** How many threads answer requests. */
        public Builder threads(int count) {
            if (count < 1 || count > 16) {
                throw new IllegalArgumentException("threads must be between 1 and 16, was " + count);
            }
            this.threads = count;
            return this;
        }

        /**
         * Serves {@code path} with {@code handler}: exactly that path, or every path under it when it ends with
         * {@code /}. The handler sees every method; it checks them itself. A built-in path cannot be replaced.
         */
        public Builder withHandler(String path, HttpHandler handler) {
            requireNonNull(path, "path");
            requireNonNull(handler, "handler");
            if (!path.startsWith("/") || path.length() < 2) {
                throw new IllegalArgumentException("path must start with '/' and name something, was '" + path + "'");
            }
            if (routes.putIfAbsent(path, handler) != null) {
                throw new IllegalArgumentException("path is already served: " + path);
            }
            return this;
        }

        /** Binds and starts the server. */
        public OpsServer start() {
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
            }
            ExecutorService executor = Executors.newFixedThreadPool(threads, new DaemonThreads());
            server.setExecutor(executor);
            server.createContext("/", new Router(routes));
            server.start();
            return new OpsServer(server, executor);
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "ops-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
