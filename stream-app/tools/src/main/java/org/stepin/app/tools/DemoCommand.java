package org.stepin.app.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.stepin.app.cli.DurationConverter;
import org.stepin.app.config.ConfigLoader;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.demo.AlertFeed;
import org.stepin.app.demo.AlertPrinter;
import org.stepin.app.demo.Scenario;
import org.stepin.app.demo.ScenarioPlayer;
import org.stepin.app.embedded.EmbeddedKafka;
import org.stepin.app.observe.MeterCounts;
import org.stepin.app.run.PipelineInstance;
import org.stepin.app.serde.Json;
import org.stepin.app.topics.TopicCheck;
import org.stepin.app.topics.TopicCreator;
import org.stepin.app.topics.TopicDefinitions;
import org.stepin.core.Detector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code detector demo}: the whole pipeline on a real single-node Kafka started in this process (loopback only,
 * data in a temporary folder removed on exit), the pipeline's topics, and the team's sample
 * conversations over simulated days, with each alert printed as it arrives. Serves metrics and health over HTTP.
 * Runs until Ctrl-C or for {@code --duration}, then shuts down cleanly and exits 0.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start a real Kafka broker in process, run the pipeline on it and play sample",
            "conversations; print alerts as they arrive. Ctrl-C (or --duration) stops it."})
final class DemoCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    @Option(names = "--duration", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Stop after this long (e.g. 60s, 5m); default: run until Ctrl-C.")
    private Duration duration;

    @Option(names = "--rate", defaultValue = "4", paramLabel = "N",
            description = "Sample records played per second (default: ${DEFAULT-VALUE}).")
    private double rate;

    @Option(names = "--port", defaultValue = "9400", paramLabel = "PORT",
            description = "HTTP port on 127.0.0.1 for /metrics and /health (default: ${DEFAULT-VALUE}; 0: any).")
    private int port;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(rate > 0) || rate > 10_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rate must be between 0 and 10000");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            awaitQuietly(stopped);
        }, "stepin-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Path state = Files.createTempDirectory("stepin-demo-state");
        err.println("detector demo: starting a single-node Kafka on 127.0.0.1 ...");
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            PipelineConfig config = config(kafka);
            createTopics(kafka, config, err);
            SimpleMeterRegistry counts = new SimpleMeterRegistry();
            Properties overrides = new Properties();
            overrides.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
            PipelineInstance instance = PipelineInstance.start(config, Detector.packaged(), List.of(counts),
                    overrides, "127.0.0.1", port);
            ObjectMapper mapper = Json.mapper();
            AlertPrinter printer = new AlertPrinter(out);
            AlertFeed feed = new AlertFeed(kafka.bootstrapServers(), config.topics().alerts(), mapper,
                    alert -> printer.print(alert));
            Scenario scenario = Scenario.packaged(Instant.now(), config.topics(), mapper);
            ScenarioPlayer player = new ScenarioPlayer(kafka.bootstrapServers(), scenario.records(), rate);
            err.printf("detector demo: Kafka at %s; metrics %s/metrics, health %s/health/ready%n",
                    kafka.bootstrapServers(), instance.httpBase(), instance.httpBase());
            err.printf("detector demo: playing %d sample records over 7 simulated days at %s a second; %s%n",
                    scenario.records().size(), rate, duration == null ? "Ctrl-C stops it"
                            : "stopping after " + duration.toSeconds() + " s");
            err.flush();
            if (duration == null) {
                stop.await();
            } else {
                stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
            err.println("\ndetector demo: stopping ...");
            player.close();
            feed.close();
            instance.close(SHUTDOWN_TIMEOUT);
            err.printf("detector demo: played %d of %d records; %s%n", player.played(), scenario.records().size(),
                    new MeterCounts(counts).snapshot());
        } finally {
            delete(state);
            stopped.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running
        }
        return 0;
    }

    private static PipelineConfig config(EmbeddedKafka kafka) {
        Properties properties = new Properties();
        properties.setProperty("stepin.channels",
                "agency-instagram:instagram,agency-whatsapp:whatsapp,agency-discord:discord");
        properties.setProperty("stepin.working-hours.zone", "UTC");
        properties.setProperty("kafka.bootstrap.servers", kafka.bootstrapServers());
        properties.setProperty("kafka.application.id", "stepin-demo");
        properties.setProperty("kafka.commit.interval.ms", "100");
        return ConfigLoader.load(properties);
    }

    private static void createTopics(EmbeddedKafka kafka, PipelineConfig config, PrintWriter err) {
        TopicDefinitions topics = TopicDefinitions.of(config.topics()).withReplicationFactor((short) 1);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers()))) {
            for (TopicCheck check : new TopicCreator(admin, Duration.ofSeconds(30)).createOrCheck(topics)) {
                if (!check.mismatches().isEmpty()) {
                    throw new IllegalStateException("topic " + check.topic().name() + ": " + check.mismatches());
                }
            }
        }
        err.println("detector demo: created the " + topics.all().size() + " topics");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
