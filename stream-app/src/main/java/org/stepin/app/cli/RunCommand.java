package org.stepin.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.stepin.app.config.ConfigException;
import org.stepin.app.config.ConfigLoader;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.run.PipelineInstance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code detector run --config FILE}: the production entry. Validates the configuration (a bad value stops
 * start-up naming the key), runs the pipeline on the configured cluster with {@code /metrics} and
 * {@code /health/*} over HTTP, until SIGTERM or Ctrl-C, then shuts down gracefully (commit, leave the group) and
 * exits 0.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on a Kafka cluster until SIGTERM / Ctrl-C.",
            "Every setting and its default: deploy/config/SETTINGS.md."})
final class RunCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "Pipeline configuration.")
    private Path config;

    @Option(names = "--http-host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address of /metrics and /health (default: ${DEFAULT-VALUE}, loopback only).")
    private String httpHost;

    @Option(names = "--http-port", defaultValue = "9400", paramLabel = "PORT",
            description = "Port of /metrics and /health (default: ${DEFAULT-VALUE}; 0 for a free one).")
    private int httpPort;

    @Mixin
    private LexiconOption lexicons;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isRegularFile(config)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--config: no such file: " + config);
        }
        PipelineConfig pipelineConfig = ConfigLoader.load(config);
        if (pipelineConfig.channels().isEmpty()) {
            throw new ConfigException("stepin.channels", "is empty: no channel is allowed, nothing would be scored");
        }
        PipelineInstance instance = PipelineInstance.start(pipelineConfig, lexicons.detector(),
                List.of(), new Properties(), httpHost, httpPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            instance.close(SHUTDOWN_TIMEOUT);
            stopped.countDown();
        }, "stepin-shutdown"));
        spec.commandLine().getErr().println("detector run: started on "
                + pipelineConfig.kafka().get("bootstrap.servers") + "; metrics and health at "
                + instance.httpBase() + "/metrics, /health/ready; SIGTERM or Ctrl-C stops it");
        stopped.await();
        return 0;
    }
}
