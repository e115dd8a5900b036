package org.stepin.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.stepin.core.deep.DeepSettings;
import org.stepin.core.privacy.AgencyDetails;
import org.stepin.core.score.Severity;

/**
 * Reads a {@link PipelineConfig} from properties. Keys under {@code stepin.} are the pipeline's own and are all
 * checked (an unknown one is an error, so typos do not pass silently); keys under {@code kafka.} are passed to
 * Kafka Streams without the prefix. Every error names its key. The keys and defaults are listed in
 * {@code deploy/config/detector.properties}.
 */
public final class ConfigLoader {
    /** Prefix of the pipeline's own keys. */
    public static final String OWN_PREFIX = "stepin.";
    /** Prefix of keys passed to Kafka Streams. */
    public static final String KAFKA_PREFIX = "kafka.";
    private static final String MIN_AGE_PREFIX = "stepin.age.minimum.";

    private final Properties properties;
    private final Set<String> used = new TreeSet<>();

    private ConfigLoader(Properties properties) {
        this.properties = properties;
    }

    /** Reads and validates {@code file}. */
    public static PipelineConfig load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(file.toString(), "cannot read the configuration file: " + e.getMessage());
        }
        return load(properties);
    }

    /** Validates {@code properties}; missing keys take their defaults. */
    public static PipelineConfig load(Properties properties) {
        return new ConfigLoader(properties).read();
    }

    private PipelineConfig read() {
        Topics topics = new Topics(
                text("stepin.topics.messages", Topics.DEFAULT.messages()),
                text("stepin.topics.consents", Topics.DEFAULT.consents()),
                text("stepin.topics.alert-actions", Topics.DEFAULT.alertActions()),
                text("stepin.topics.alerts", Topics.DEFAULT.alerts()),
                text("stepin.topics.dead-letters", Topics.DEFAULT.deadLetters()));
        Map<String, String> channels = channels("stepin.channels");
        AgePolicy agePolicy = new AgePolicy(integer("stepin.age.minimum", 13, 0, 99), minimumAges());
        int maxTextChars = integer("stepin.message.max-chars", 10_000, 1, 1_000_000);
        AlertSettings alerts = new AlertSettings(severity("stepin.alert.threshold", Severity.MODERATE),
                duration("stepin.alert.suppression", "PT6H"));
        TrajectorySettings trajectory = new TrajectorySettings(
                duration("stepin.trajectory.window", "P7D"),
                duration("stepin.trajectory.burst", "PT1H"),
                integer("stepin.trajectory.max-entries", 16, 1, 64),
                duration("stepin.trajectory.half-life", "P3D"),
                decimal("stepin.trajectory.moderate-at", 1.0),
                decimal("stepin.trajectory.high-at", 2.25));
        if (trajectory.highAt() < trajectory.moderateAt()) {
            throw new ConfigException("stepin.trajectory.high-at", "must not be below stepin.trajectory.moderate-at");
        }
        WorkingHours workingHours = workingHours();
        AgencyDetails agency = new AgencyDetails(list("stepin.agency.email-domains"), list("stepin.agency.phones"),
                list("stepin.agency.handles"), list("stepin.agency.url-domains"));
        DeepSettings deep = new DeepSettings(bool("stepin.deep.enabled", DeepSettings.DEFAULT.enabled()),
                integer("stepin.deep.pipelines", DeepSettings.DEFAULT.pipelines(), 1, 16),
                duration("stepin.deep.max-wait", DeepSettings.DEFAULT.maxWait().toString()));
        Map<String, String> kafka = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(KAFKA_PREFIX)) {
                kafka.put(key.substring(KAFKA_PREFIX.length()), properties.getProperty(key).trim());
            } else if (!used.contains(key)) {
                throw new ConfigException(key, key.startsWith(OWN_PREFIX) ? "unknown key"
                        : "unknown key (pipeline keys start with '" + OWN_PREFIX + "', Kafka settings with '"
                                + KAFKA_PREFIX + "')");
            }
        }
        return new PipelineConfig(topics, channels, agePolicy, maxTextChars, alerts, trajectory, workingHours,
                agency, deep, kafka);
    }

    private String raw(String key) {
        used.add(key);
        String value = properties.getProperty(key);
        return value == null ? null : value.trim();
    }

    private String text(String key, String fallback) {
        String value = raw(key);
        if (value == null) {
            return fallback;
        }
        if (value.isEmpty()) {
            throw new ConfigException(key, "must not be empty");
        }
        return value;
    }

    private Set<String> list(String key) {
        String value = raw(key);
        Set<String> items = new LinkedHashSet<>();
        if (value != null) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    private boolean bool(String key, boolean fallback) {
        String value = raw(key);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(key, "must be true or false, was '" + value + "'");
        };
    }

    private int integer(String key, int fallback, int min, int max) {
        String value = raw(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new ConfigException(key, "must be between " + min + " and " + max + ", was " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "not a whole number: '" + value + "'");
        }
    }

    private double decimal(String key, double fallback) {
        String value = raw(key);
        if (value == null) {
            return fallback;
        }
        try {
            double number = Double.parseDouble(value);
            if (!(number > 0) || Double.isInfinite(number)) {
                throw new ConfigException(key, "must be a positive number, was " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "not a number: '" + value + "'");
        }
    }

    private Duration duration(String key, String fallback) {
        String value = raw(key);
        String text = value == null ? fallback : value;
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative() || duration.isZero()) {
                throw new ConfigException(key, "must be positive, was " + text);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new ConfigException(key, "not an ISO-8601 duration (e.g. PT6H, P7D): '" + text + "'");
        }
    }

    private Severity severity(String key, Severity fallback) {
        String value = raw(key);
        if (value == null) {
            return fallback;
        }
        try {
            Severity severity = Severity.valueOf(value.toUpperCase(Locale.ROOT));
            if (!severity.atLeast(Severity.LOW)) {
                throw new ConfigException(key, "must be LOW or above");
            }
            return severity;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, "must be one of LOW, MODERATE, HIGH, IMMINENT, was '" + value + "'");
        }
    }

    private Map<String, String> channels(String key) {
        String value = raw(key);
        Map<String, String> channels = new LinkedHashMap<>();
        if (value == null || value.isEmpty()) {
            return channels;
        }
        for (String item : value.split(",")) {
            String[] parts = item.trim().split(":", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new ConfigException(key, "each channel is CHANNEL_ID:PLATFORM, comma-separated; got '"
                        + item.trim() + "'");
            }
            channels.put(parts[0].trim(), parts[1].trim().toLowerCase(Locale.ROOT));
        }
        return channels;
    }

    private Map<String, Integer> minimumAges() {
        Map<String, Integer> ages = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(MIN_AGE_PREFIX)) {
                String platform = key.substring(MIN_AGE_PREFIX.length()).toLowerCase(Locale.ROOT);
                if (platform.isBlank()) {
                    throw new ConfigException(key, "name a platform after '" + MIN_AGE_PREFIX + "'");
                }
                ages.put(platform, integer(key, 13, 0, 99));
            }
        }
        return ages;
    }

    private WorkingHours workingHours() {
        String zoneKey = "stepin.working-hours.zone";
        String zoneText = text(zoneKey, "UTC");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw new ConfigException(zoneKey, "not a time zone id (e.g. Europe/London): '" + zoneText + "'");
        }
        String daysKey = "stepin.working-hours.days";
        Set<DayOfWeek> days = days(daysKey, text(daysKey, "MON-FRI"));
        String timeKey = "stepin.working-hours.time";
        String span = text(timeKey, "09:00-17:00");
        String[] ends = span.split("-", -1);
        try {
            if (ends.length != 2) {
                throw new DateTimeParseException("no single '-'", span, 0);
            }
            LocalTime start = LocalTime.parse(ends[0].trim());
            LocalTime end = LocalTime.parse(ends[1].trim());
            if (!end.isAfter(start)) {
                throw new ConfigException(timeKey, "the end must be after the start: '" + span + "'");
            }
            return new WorkingHours(zone, days, start, end);
        } catch (DateTimeParseException e) {
            throw new ConfigException(timeKey, "expected HH:MM-HH:MM, e.g. 09:00-17:00: '" + span + "'");
        }
    }

    private static Set<DayOfWeek> days(String key, String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split(",")) {
            String[] range = item.trim().split("-", -1);
            if (range.length > 2) {
                throw new ConfigException(key, "expected days like MON-FRI or MON,WED,SAT: '" + text + "'");
            }
            DayOfWeek from = day(key, range[0]);
            DayOfWeek to = range.length == 2 ? day(key, range[1]) : from;
            for (DayOfWeek day = from; ; day = day.plus(1)) {
                days.add(day);
                if (day == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String key, String text) {
        String name = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (name.length() >= 3 && day.name().startsWith(name)) {
                return day;
            }
        }
        throw new ConfigException(key, "not a day of the week: '" + text.trim() + "'");
    }
}
