package org.stepin.app.config;

import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.stepin.app.topics.TopicRole;
import org.stepin.core.deep.DeepSettings;

/**
 * Every {@code stepin.*} key of the pipeline, in one Kafka {@link ConfigDef} (as {@code StreamsConfig} defines
 * Kafka Streams' keys): its type, default, validator, importance and documentation, grouped as the settings
 * table {@code deploy/config/SETTINGS.md} shows them. {@link ConfigLoader} reads a configuration against it.
 */
public final class PipelineConfigDef {
    /** Prefix of the topic name keys: {@code stepin.topics.<role>}. */
    public static final String TOPIC_PREFIX = "stepin.topics.";
    /** Partitions of the topics keyed by youth id. */
    public static final String TOPIC_PARTITIONS = "stepin.topics.partitions";
    /** The agency's channels. */
    public static final String CHANNELS = "stepin.channels";
    /** Platforms' default minimum age. */
    public static final String AGE_MINIMUM = "stepin.age.minimum";
    /** Prefix of a platform's own minimum age: {@code stepin.age.minimum.<platform>}. */
    public static final String AGE_MINIMUM_PREFIX = AGE_MINIMUM + ".";
    /** Longest message text scored. */
    public static final String MAX_CHARS = "stepin.message.max-chars";
    /** Lowest severity that alerts. */
    public static final String ALERT_THRESHOLD = "stepin.alert.threshold";
    /** How long repeats stay quiet after an alert. */
    public static final String ALERT_SUPPRESSION = "stepin.alert.suppression";
    /** How long a signal counts towards the trajectory. */
    public static final String TRAJECTORY_WINDOW = "stepin.trajectory.window";
    /** Signals closer together are one. */
    public static final String TRAJECTORY_BURST = "stepin.trajectory.burst";
    /** The most signals kept per youth. */
    public static final String TRAJECTORY_MAX_ENTRIES = "stepin.trajectory.max-entries";
    /** How fast a signal's weight fades. */
    public static final String TRAJECTORY_HALF_LIFE = "stepin.trajectory.half-life";
    /** Decayed sum for a MODERATE trajectory. */
    public static final String TRAJECTORY_MODERATE_AT = "stepin.trajectory.moderate-at";
    /** Decayed sum for a HIGH trajectory. */
    public static final String TRAJECTORY_HIGH_AT = "stepin.trajectory.high-at";
    /** The agency's time zone. */
    public static final String WORKING_HOURS_ZONE = "stepin.working-hours.zone";
    /** The working days. */
    public static final String WORKING_HOURS_DAYS = "stepin.working-hours.days";
    /** The daily working hours. */
    public static final String WORKING_HOURS_TIME = "stepin.working-hours.time";
    /** The agency's e-mail domains. */
    public static final String AGENCY_EMAIL_DOMAINS = "stepin.agency.email-domains";
    /** The agency's phone numbers. */
    public static final String AGENCY_PHONES = "stepin.agency.phones";
    /** The agency's social handles. */
    public static final String AGENCY_HANDLES = "stepin.agency.handles";
    /** The agency's web site domains. */
    public static final String AGENCY_URL_DOMAINS = "stepin.agency.url-domains";
    /** Whether the deep tier runs. */
    public static final String DEEP_ENABLED = "stepin.deep.enabled";
    /** Deep-tier parsers at once. */
    public static final String DEEP_PIPELINES = "stepin.deep.pipelines";
    /** Longest wait for a free parser. */
    public static final String DEEP_MAX_WAIT = "stepin.deep.max-wait";

    private static final ParsingValidator AGE = ParsingValidator.between(0, 99);
    private static final ParsingValidator DURATION =
            ParsingValidator.parsing("a positive ISO-8601 duration", ConfigValues::positiveDuration);
    private static final ConfigDef DEFINITION = define();

    private PipelineConfigDef() {
    }

    /** The definition (a copy: a {@link ConfigDef} is mutable). */
    public static ConfigDef configDef() {
        return new ConfigDef(DEFINITION);
    }

    /** The key naming {@code role}'s topic. */
    public static String topicKey(TopicRole role) {
        return TOPIC_PREFIX + role.key();
    }

    /**
     * The definition with a key for each platform's own minimum age among {@code keys}
     * ({@code stepin.age.minimum.<platform>}, same range as {@value #AGE_MINIMUM}).
     *
     * @throws ConfigException when such a key names no platform
     */
    static ConfigDef withPlatformAges(Set<String> keys) {
        ConfigDef definition = configDef();
        for (String key : keys) {
            if (key.startsWith(AGE_MINIMUM_PREFIX)) {
                if (key.substring(AGE_MINIMUM_PREFIX.length()).isBlank()) {
                    throw new ConfigException(key, "name a platform after '" + AGE_MINIMUM_PREFIX + "'");
                }
                definition.define(key, Type.INT, ConfigDef.NO_DEFAULT_VALUE, AGE, Importance.LOW,
                        "Minimum age on one platform.");
            }
        }
        return definition;
    }

    private static ConfigDef define() {
        Groups groups = new Groups(new ConfigDef());
        for (TopicRole role : TopicRole.values()) {
            groups.define("Topics", topicKey(role), Type.STRING, role.defaultName(),
                    ParsingValidator.parsing("a Kafka topic name", ConfigValues::topicName), Importance.MEDIUM,
                    "Name of the " + role.key() + " topic (what it holds and how it is kept: Topic definitions).");
        }
        groups.define("Topics", TOPIC_PARTITIONS, Type.INT, 6, ParsingValidator.between(1, 10_000), Importance.MEDIUM,
                "Partitions of each topic keyed by youth id, as `topics create` makes them. The inputs are"
                        + " co-partitioned by youth id, so they share this count. Partitions are the unit of scale"
                        + " (one stream task each); raising it later moves youths and their state between"
                        + " partitions, so choose it with room to grow.");

        groups.define("Consent gate", CHANNELS, Type.LIST, "",
                ParsingValidator.parsingList("CHANNEL_ID:PLATFORM, ...", ConfigValues::channels), Importance.HIGH,
                "The agency's own channels, comma-separated. Messages on any other channel are never scored;"
                        + " with none, nothing is scored (`run` refuses to start).");
        groups.define("Consent gate", AGE_MINIMUM, Type.INT, 13, AGE, Importance.MEDIUM,
                "Platforms' minimum age: a consent record for a young person certainly below it raises one"
                        + " supervisor alert and nothing of theirs is scored. A platform's own minimum:"
                        + " `stepin.age.minimum.<platform>`, e.g. `stepin.age.minimum.whatsapp=16`.");
        groups.define("Consent gate", MAX_CHARS, Type.INT, 10_000, ParsingValidator.between(1, 1_000_000),
                Importance.LOW, "Longest message text scored, in characters; longer messages go to the"
                        + " dead-letter topic.");

        groups.define("Alerts", ALERT_THRESHOLD, Type.STRING, "MODERATE",
                ParsingValidator.parsing("LOW, MODERATE, HIGH, IMMINENT", ConfigValues::alertThreshold),
                Importance.HIGH, "Lowest severity that alerts; IMMINENT always alerts.");
        groups.define("Alerts", ALERT_SUPPRESSION, Type.STRING, "PT6H", DURATION, Importance.MEDIUM,
                "After an alert, repeats of the same or lower severity for that youth stay quiet this long.");

        groups.define("Trajectory", TRAJECTORY_WINDOW, Type.STRING, "P7D", DURATION, Importance.MEDIUM,
                "How long a signal (an assessment at LOW or above) counts towards a youth's trajectory.");
        groups.define("Trajectory", TRAJECTORY_BURST, Type.STRING, "PT1H", DURATION, Importance.LOW,
                "Signals closer together than this are one (a conversation, at its strongest), so a rant split"
                        + " over several messages counts once.");
        groups.define("Trajectory", TRAJECTORY_MAX_ENTRIES, Type.INT, 16, ParsingValidator.between(1, 64),
                Importance.LOW, "The most signals kept per youth.");
        groups.define("Trajectory", TRAJECTORY_HALF_LIFE, Type.STRING, "P3D", DURATION, Importance.MEDIUM,
                "A signal's weight (LOW 0.25, MODERATE 1, HIGH 2) halves every this long.");
        groups.define("Trajectory", TRAJECTORY_MODERATE_AT, Type.DOUBLE, 1.0, ParsingValidator.positive(),
                Importance.MEDIUM, "Decayed sum of weights that makes the trajectory MODERATE.");
        groups.define("Trajectory", TRAJECTORY_HIGH_AT, Type.DOUBLE, 2.25, ParsingValidator.positive(),
                Importance.MEDIUM, "Decayed sum of weights that makes the trajectory HIGH; not below `"
                        + TRAJECTORY_MODERATE_AT + "`.");

        groups.define("Working hours", WORKING_HOURS_ZONE, Type.STRING, "UTC",
                ParsingValidator.parsing("a time zone id", ConfigValues::zone), Importance.HIGH,
                "The agency's time zone. MODERATE alerts are due at the caseworkers' next working hours.");
        groups.define("Working hours", WORKING_HOURS_DAYS, Type.STRING, "MON-FRI",
                ParsingValidator.parsing("days, e.g. MON-FRI or MON,WED,SAT", ConfigValues::days), Importance.MEDIUM,
                "Caseworkers' working days.");
        groups.define("Working hours", WORKING_HOURS_TIME, Type.STRING, "09:00-17:00",
                ParsingValidator.parsing("HH:MM-HH:MM, end after start", ConfigValues::dailySpan), Importance.MEDIUM,
                "Caseworkers' working hours each working day, the end exclusive.");

        String agency = " The agency's own contact details are never a boundary risk and never masked.";
        groups.define("Agency", AGENCY_EMAIL_DOMAINS, Type.LIST, "", null, Importance.MEDIUM,
                "Domains of the agency's e-mail addresses, comma-separated, e.g. `stepin.org`." + agency);
        groups.define("Agency", AGENCY_PHONES, Type.LIST, "", null, Importance.MEDIUM,
                "The agency's phone numbers in any format, comma-separated." + agency);
        groups.define("Agency", AGENCY_HANDLES, Type.LIST, "", null, Importance.MEDIUM,
                "The agency's social handles, with or without `@`, comma-separated." + agency);
        groups.define("Agency", AGENCY_URL_DOMAINS, Type.LIST, "", null, Importance.MEDIUM,
                "Domains of the agency's web sites, comma-separated." + agency);

        groups.define("Deep tier", DEEP_ENABLED, Type.BOOLEAN, DeepSettings.DEFAULT.enabled(), null,
                Importance.MEDIUM, "Whether inbound messages the fast tier is unsure of get a CoreNLP dependency"
                        + " parse (docs/deep-tier.md). The models (about 340 MB of heap) load before the stream"
                        + " starts: give the JVM more heap, e.g. `DETECTOR_JAVA_OPTS=-Xmx1500m`.");
        groups.define("Deep tier", DEEP_PIPELINES, Type.INT, DeepSettings.DEFAULT.pipelines(),
                ParsingValidator.between(1, 16), Importance.LOW,
                "How many messages may be parsed at once; the parsers share the loaded models, so more add"
                        + " threads, not heap.");
        groups.define("Deep tier", DEEP_MAX_WAIT, Type.STRING, DeepSettings.DEFAULT.maxWait().toString(), DURATION,
                Importance.LOW, "How long a message waits for a free parser before the fast tier's assessment"
                        + " stands (`PT0.1S` is 100 ms).");
        return groups.definition;
    }

    /** Defines keys in groups, numbering each group's keys in the order they are defined. */
    private static final class Groups {
        private final ConfigDef definition;
        private String group = "";
        private int order;

        Groups(ConfigDef definition) {
            this.definition = definition;
        }

        void define(String inGroup, String key, Type type, Object defaultValue, ConfigDef.Validator validator,
                    Importance importance, String documentation) {
            order = inGroup.equals(group) ? order + 1 : 1;
            group = inGroup;
            definition.define(key, type, defaultValue, validator, importance, documentation, group, order,
                    Width.NONE, key);
        }
    }
}
