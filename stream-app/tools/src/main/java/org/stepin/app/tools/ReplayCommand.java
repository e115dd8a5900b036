package org.stepin.app.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stepin.app.cli.LexiconOption;
import org.stepin.app.config.ConfigLoader;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.observe.MeterCounts;
import org.stepin.app.observe.MicrometerListener;
import org.stepin.app.replay.ReplayInput;
import org.stepin.app.replay.Replayer;
import org.stepin.app.serde.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code detector replay}: a message history through the real topology, in memory. Consent records are applied
 * first, then the events at their {@code sentAt}; every alert is one JSON line on stdout; dead letters and a
 * summary of what was blocked, scored and alerted (the pipeline's meters, in a {@link SimpleMeterRegistry}) go to
 * stderr.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay message events (JSON lines) and consent records through the real topology and",
            "print every alert it would have raised as one JSON line on stdout."})
final class ReplayCommand implements Callable<Integer> {
    @Option(names = "--events", required = true, paramLabel = "FILE",
            description = "Message events, one JSON object a line (DESIGN.md's message contract).")
    private Path events;

    @Option(names = "--consents", required = true, paramLabel = "FILE",
            description = "Consent records, one JSON object a line, applied before the events.")
    private Path consents;

    @Option(names = "--channels", split = ",", paramLabel = "ID[:PLATFORM]",
            description = "The agency's allowed channels (overrides stepin.channels of --config).")
    private List<String> channels;

    @Option(names = "--config", paramLabel = "FILE", description = "Pipeline configuration (properties file).")
    private Path config;

    @Mixin
    private LexiconOption lexicons;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PipelineConfig pipelineConfig = pipelineConfig();
        ObjectMapper mapper = Json.mapper();
        List<ReplayInput> consentInputs = read(consents, "recordedAt", mapper);
        List<ReplayInput> eventInputs = read(events, "sentAt", mapper);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MicrometerListener metrics = new MicrometerListener(registry, Clock.systemUTC());
        int[] alerts = {0};
        new Replayer(pipelineConfig, lexicons.detector(), metrics).replay(consentInputs, eventInputs, alert -> {
            alerts[0]++;
            out.println(alert.toString());
        }, letter -> err.println(describe(letter, consentInputs, eventInputs)));
        out.flush();
        err.println(String.format(Locale.ROOT, "detector replay: %d consent record(s), %d event(s), %d alert(s); %s",
                consentInputs.size(), eventInputs.size(), alerts[0], new MeterCounts(registry).snapshot()));
        return 0;
    }

    private PipelineConfig pipelineConfig() {
        if (config != null && !Files.isRegularFile(config)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--config: no such file: " + config);
        }
        PipelineConfig loaded = config == null ? PipelineConfig.defaults() : ConfigLoader.load(config);
        if (channels == null) {
            if (loaded.channels().isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "no channel is allowed: give --channels ID,ID or stepin.channels in --config");
            }
            return loaded;
        }
        Map<String, String> allowed = new LinkedHashMap<>();
        for (String channel : channels) {
            String[] parts = channel.split(":", 2);
            if (parts[0].isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--channels: empty channel id");
            }
            allowed.put(parts[0].trim(), parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT)
                    : loaded.channels().getOrDefault(parts[0].trim(), "unknown"));
        }
        return loaded.withChannels(allowed);
    }

    private List<ReplayInput> read(Path file, String timeField, ObjectMapper mapper) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        List<ReplayInput> inputs = new ArrayList<>();
        Instant previous = Instant.EPOCH;
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            ReplayInput input = ReplayInput.of(number, line, timeField, previous, mapper);
            previous = input.timestamp();
            inputs.add(input);
        }
        return inputs;
    }

    private String describe(JsonNode letter, List<ReplayInput> consentInputs, List<ReplayInput> eventInputs) {
        boolean consent = letter.path("sourceTopic").asText().contains("consent");
        List<ReplayInput> inputs = consent ? consentInputs : eventInputs;
        int offset = letter.path("offset").asInt(-1);
        String where = offset >= 0 && offset < inputs.size()
                ? (consent ? consents : events) + ":" + inputs.get(offset).lineNumber() : "?";
        return "dead letter " + where + ": " + letter.path("errorKind").asText() + ", "
                + letter.path("reason").asText();
    }
}
