package org.stepin.app.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka (broker and controller in one) in this process, listening on 127.0.0.1 only, with
 * its data in a folder of its own. Internal topics use replication factor 1 (a single node cannot do more; with
 * the defaults, exactly-once Kafka Streams would wait forever for the transaction log). It can be stopped and
 * started again on the same data and ports, to test a broker restart. {@link #close()} stops it and deletes the
 * folder when it created it.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final int brokerPort;
    private final int controllerPort;
    private final Properties serverProperties;
    private KafkaRaftServer server;

    private EmbeddedKafka(Path dataDir, boolean ownsDataDir, int brokerPort, int controllerPort,
                          Map<String, String> overrides) {
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.serverProperties = serverProperties(dataDir.resolve("log"), brokerPort, controllerPort);
        this.serverProperties.putAll(overrides);
    }

    /** Formats a new temporary folder and starts a broker on a free loopback port. */
    public static EmbeddedKafka start() {
        try {
            return start(Files.createTempDirectory("stepin-kafka"), true, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker's data folder", e);
        }
    }

    /**
     * Formats {@code dataDir} (which it deletes on close when {@code owned}) and starts a broker listening on
     * {@code port} (0 for a free one).
     */
    public static EmbeddedKafka start(Path dataDir, boolean owned, int port) {
        return start(dataDir, owned, port, Map.of());
    }

    /**
     * Like {@link #start(Path, boolean, int)}, with broker settings {@code overrides} applied over this class's
     * own (e.g. {@code log.flush.interval.messages} for a benchmark that flushes like a production broker).
     */
    public static EmbeddedKafka start(Path dataDir, boolean owned, int port, Map<String, String> overrides) {
        EmbeddedKafka kafka = new EmbeddedKafka(dataDir, owned, port == 0 ? freePort() : port, freePort(),
                Map.copyOf(overrides));
        kafka.format();
        kafka.startServer();
        return kafka;
    }

    /** The bootstrap servers to connect to, e.g. {@code 127.0.0.1:41234}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Stops the broker, keeping its data, so it can be started again with {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Starts the broker again on the same data and ports. */
    public synchronized void restart() {
        if (server == null) {
            startServer();
        }
    }

    @Override
    public void close() {
        stop();
        if (ownsDataDir) {
            delete(dataDir);
        }
    }

    private void format() {
        Path config = dataDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            serverProperties.store(out, "embedded single-node KRaft broker");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config, e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int code;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            code = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                config.toString()}, print);
        }
        if (code != 0) {
            throw new IllegalStateException("formatting the broker's storage failed: "
                    + output.toString(StandardCharsets.UTF_8).trim());
        }
    }

    private synchronized void startServer() {
        long start = System.nanoTime();
        server = new KafkaRaftServer(KafkaConfig.fromProps(serverProperties, false), Time.SYSTEM);
        server.startup();
        awaitReady();
        LOG.info("embedded Kafka ready on {} in {} ms", bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the embedded broker did not become ready in "
                                + READY_TIMEOUT.toSeconds() + " s", e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded broker", e);
        }
    }

    private static Properties serverProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.put("listeners",
                "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("log.dirs", logDir.toString());
        properties.put("auto.create.topics.enable", "false");
        properties.put("num.partitions", "1");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("transaction.state.log.num.partitions", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("log.flush.interval.messages", "1");
        return properties;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete the broker's data folder {}", folder);
        }
    }
}
