package org.stepin.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.stepin.app.config.ConfigException;
import org.stepin.app.config.ConfigLoader;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.topics.TopicCheck;
import org.stepin.app.topics.TopicCreator;
import org.stepin.app.topics.TopicDefinitions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code detector topics create --config FILE}: creates missing topics from the definitions, checks the rest. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Manage the pipeline's topics on a cluster.",
        subcommands = TopicsCommand.Create.class)
final class TopicsCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: create");
    }

    /**
     * Creates each topic the pipeline needs that is missing (as {@code TopicRole} defines it, under the names and
     * partition count of the configuration) and checks the ones that exist. Never changes an existing topic. One
     * JSON line a topic; exit 1 when one differs.
     */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create missing topics and check existing ones; never changes an existing topic.",
                "One JSON line a topic on stdout; exit 1 when a topic differs from its definition."})
    static final class Create implements Callable<Integer> {
        @Option(names = "--config", required = true, paramLabel = "FILE", description = "Pipeline configuration.")
        private Path config;

        @Option(names = "--replication-factor", paramLabel = "N",
                description = "Override the replication factor (e.g. 1 on a single-broker development cluster).")
        private Short replicationFactor;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(config)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--config: no such file: " + config);
            }
            PipelineConfig pipeline = ConfigLoader.load(config);
            if (!pipeline.kafka().containsKey("bootstrap.servers")) {
                throw new ConfigException("kafka.bootstrap.servers", "is required to reach the cluster");
            }
            TopicDefinitions topics = TopicDefinitions.of(pipeline.topics());
            if (replicationFactor != null) {
                topics = topics.withReplicationFactor(replicationFactor);
            }
            Map<String, Object> admin = new HashMap<>(pipeline.kafka());
            List<TopicCheck> checks;
            try (Admin client = Admin.create(admin)) {
                checks = new TopicCreator(client, Duration.ofSeconds(60)).createOrCheck(topics);
            }
            ObjectMapper mapper = new ObjectMapper();
            PrintWriter out = spec.commandLine().getOut();
            boolean mismatch = false;
            for (TopicCheck check : checks) {
                ObjectNode line = mapper.createObjectNode();
                line.put("topic", check.topic().name());
                line.put("status", check.status().name());
                check.mismatches().forEach(line.putArray("mismatches")::add);
                out.println(line);
                mismatch |= check.status() == TopicCheck.Status.MISMATCH;
            }
            out.flush();
            return mismatch ? 1 : 0;
        }
    }
}
