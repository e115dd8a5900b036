package org.stepin.app.config;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.stepin.app.topics.TopicRole;

/**
 * The settings reference, {@value #PATH}: a Markdown table of every key of {@link PipelineConfigDef} by group
 * (type, default, valid values, importance, documentation) and one of the topics by {@link TopicRole}. Generated,
 * so it cannot drift from what start-up checks; a test fails when the committed file differs. Stateless.
 */
public final class SettingsDoc {
    /** Where the table is committed, from the repository's root. */
    public static final String PATH = "deploy/config/SETTINGS.md";

    private SettingsDoc() {
    }

    /** The whole document. */
    public static String markdown() {
        ConfigDef definition = PipelineConfigDef.configDef();
        StringBuilder out = new StringBuilder();
        out.append("# Settings of the stepin pipeline\n\n")
                .append("<!-- Generated from PipelineConfigDef and TopicRole; do not edit. SettingsDocTest says how"
                        + " to regenerate it. -->\n\n")
                .append("`./detector run --config FILE` (and `replay --config`, `topics create --config`) reads a"
                        + " Java properties file; [`detector.properties`](detector.properties) is an example.\n\n")
                .append("- Every `stepin.*` key is checked at start-up: an unknown key, or a bad value, stops it"
                        + " with an error naming the key and the value. A key left out takes its default.\n")
                .append("- Every `kafka.*` key is passed to Kafka Streams and its clients without the prefix"
                        + " (`kafka.bootstrap.servers`, security settings, `kafka.num.standby.replicas`, ...)."
                        + " `processing.guarantee` defaults to `exactly_once_v2`.\n")
                .append("- Any other key is an error.\n");
        for (String group : definition.groups()) {
            out.append("\n## ").append(group).append("\n\n")
                    .append("| Key | Type | Default | Valid values | Importance | Description |\n")
                    .append("|---|---|---|---|---|---|\n");
            definition.configKeys().values().stream().filter(key -> group.equals(key.group))
                    .sorted(Comparator.comparingInt(key -> key.orderInGroup))
                    .forEach(key -> row(out, "`" + key.name + "`", key.type.name().toLowerCase(Locale.ROOT),
                            defaultOf(key), validValues(key), key.importance.name().toLowerCase(Locale.ROOT),
                            key.documentation));
        }
        topics(out);
        return out.toString();
    }

    private static void topics(StringBuilder out) {
        out.append("\n## Topic definitions\n\n")
                .append("How `./detector topics create` makes each topic (and what it checks on an existing one:"
                        + " partitions, replication factor, cleanup policy). Defined once, in `TopicRole`; the name"
                        + " and the partitions of the topics keyed by youth id are the settings above. Replication"
                        + " factor ").append(TopicRole.REPLICATION_FACTOR)
                .append(", or `--replication-factor N` for a smaller development cluster (`min.insync.replicas`"
                        + " lowered to N where above).\n\n")
                .append("| Name key | Default name | Partitions | Topic configs | What it holds |\n")
                .append("|---|---|---|---|---|\n");
        for (TopicRole role : TopicRole.values()) {
            String partitions = role.keyedByYouth() ? "`" + PipelineConfigDef.TOPIC_PARTITIONS + "`"
                    : Integer.toString(role.partitions(0));
            row(out, "`" + PipelineConfigDef.topicKey(role) + "`", "`" + role.defaultName() + "`", partitions,
                    configs(role.configs()), role.description());
        }
    }

    private static String defaultOf(ConfigDef.ConfigKey key) {
        String text = ConfigDef.convertToString(key.defaultValue, key.type);
        return text == null || text.isEmpty() ? "*(empty)*" : "`" + text + "`";
    }

    private static String validValues(ConfigDef.ConfigKey key) {
        if (key.validator != null) {
            return key.validator.toString();
        }
        return switch (key.type) {
            case BOOLEAN -> "true, false";
            case LIST -> "comma-separated";
            default -> "";
        };
    }

    private static String configs(Map<String, String> configs) {
        StringBuilder text = new StringBuilder();
        configs.forEach((name, value) -> {
            text.append(text.length() == 0 ? "" : "<br>").append('`').append(name).append('=').append(value)
                    .append('`');
            if (name.endsWith(".ms")) {
                Duration duration = Duration.ofMillis(Long.parseLong(value));
                text.append(" (").append(duration.toDays()).append(" d)");
            }
        });
        return text.toString();
    }

    private static void row(StringBuilder out, String... cells) {
        out.append('|');
        for (String cell : List.of(cells)) {
            out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        out.append('\n');
    }
}
