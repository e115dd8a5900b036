package org.stepin.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepin.app.topics.Topics;
import org.stepin.core.deep.DeepSettings;
import org.stepin.core.privacy.AgencyDetails;
import org.stepin.core.score.Severity;

class ConfigLoaderTest {

    @Test
    void theDefaultsAreTheseValues() {
        PipelineConfig expected = new PipelineConfig(
                new Topics("messages", "consents", "alert-actions", "caseworker-alerts", "dead-letters", 6),
                Map.of(), new AgePolicy(13, Map.of()), 10_000, new AlertSettings(Severity.MODERATE,
                Duration.ofHours(6)), new TrajectorySettings(Duration.ofDays(7), Duration.ofHours(1), 16,
                Duration.ofDays(3), 1.0, 2.25), WorkingHours.officeHours(ZoneId.of("UTC")), AgencyDetails.none(),
                new DeepSettings(false, 1, Duration.ofMillis(100)), Map.of());

        assertThat(PipelineConfig.defaults()).isEqualTo(expected);
    }

    @Test
    void defaultsAreSafeAndDocumented() {
        PipelineConfig config = PipelineConfig.defaults();

        assertThat(config.channels()).isEmpty();
        assertThat(config.topics().alerts()).isEqualTo("caseworker-alerts");
        assertThat(config.alerts().threshold()).isEqualTo(Severity.MODERATE);
        assertThat(config.alerts().suppression()).isEqualTo(Duration.ofHours(6));
        assertThat(config.agePolicy().minimumAge("instagram")).isEqualTo(13);
        assertThat(config.trajectory().maxEntries()).isEqualTo(16);
        assertThat(config.workingHours().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void theDeepTierIsOffByDefault() {
        DeepSettings deep = PipelineConfig.defaults().deep();

        assertThat(deep).isEqualTo(DeepSettings.DEFAULT);
        assertThat(deep.enabled()).isFalse();
        assertThat(deep.pipelines()).isEqualTo(1);
        assertThat(deep.maxWait()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void readsTheDeepTierSettings() {
        PipelineConfig config = ConfigLoader.load(properties(Map.of(
                "stepin.deep.enabled", " TRUE ",
                "stepin.deep.pipelines", "3",
                "stepin.deep.max-wait", "PT0.25S")));

        assertThat(config.deep()).isEqualTo(new DeepSettings(true, 3, Duration.ofMillis(250)));
    }

    @Test
    void readsEveryKindOfValue() {
        PipelineConfig config = ConfigLoader.load(properties(Map.ofEntries(
                Map.entry("stepin.channels", "agency-ig:Instagram, agency-wa:whatsapp"),
                Map.entry("stepin.age.minimum.whatsapp", "16"),
                Map.entry("stepin.alert.suppression", "PT2H"),
                Map.entry("stepin.alert.threshold", "high"),
                Map.entry("stepin.working-hours.zone", "Europe/Berlin"),
                Map.entry("stepin.working-hours.days", "MON-WED,SAT"),
                Map.entry("stepin.working-hours.time", "08:30-16:00"),
                Map.entry("stepin.agency.phones", "+44 20 7946 0000"),
                Map.entry("stepin.agency.handles", "@stepin, ,stepin_help"),
                Map.entry("stepin.topics.alerts", "alerts-v2"),
                Map.entry("stepin.topics.partitions", "12"),
                Map.entry("kafka.bootstrap.servers", "broker-1:9093"),
                Map.entry("kafka.security.protocol", "SASL_SSL"))));

        assertThat(config.channels()).containsOnly(Map.entry("agency-ig", "instagram"),
                Map.entry("agency-wa", "whatsapp"));
        assertThat(config.agePolicy().minimumAge("WhatsApp")).isEqualTo(16);
        assertThat(config.alerts().suppression()).isEqualTo(Duration.ofHours(2));
        assertThat(config.alerts().threshold()).isEqualTo(Severity.HIGH);
        assertThat(config.workingHours().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(config.workingHours().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY);
        assertThat(config.workingHours().start()).isEqualTo(LocalTime.of(8, 30));
        assertThat(config.agency().phoneNumbers()).isNotEmpty();
        assertThat(config.agency().handles()).containsExactlyInAnyOrder("stepin", "stepin_help");
        assertThat(config.topics().alerts()).isEqualTo("alerts-v2");
        assertThat(config.topics().messages()).isEqualTo("messages");
        assertThat(config.topics().partitions()).isEqualTo(12);
        assertThat(config.kafka()).containsEntry("bootstrap.servers", "broker-1:9093")
                .containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    void theDocumentedExampleLoadsAndMatchesTheDefaults() {
        PipelineConfig example = ConfigLoader.load(Path.of("../deploy/config/detector.properties"));
        PipelineConfig defaults = PipelineConfig.defaults();

        assertThat(example.channels()).containsKeys("agency-instagram", "agency-whatsapp");
        assertThat(example.kafka()).containsEntry("bootstrap.servers", "localhost:9092");
        assertThat(example.alerts()).isEqualTo(defaults.alerts());
        assertThat(example.trajectory()).isEqualTo(defaults.trajectory());
        assertThat(example.workingHours()).isEqualTo(defaults.workingHours());
        assertThat(example.topics()).isEqualTo(defaults.topics());
        assertThat(example.maxTextChars()).isEqualTo(defaults.maxTextChars());
        assertThat(example.agePolicy()).isEqualTo(defaults.agePolicy());
        assertThat(example.deep()).isEqualTo(defaults.deep());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "stepin.alert.suppression|six hours|not an ISO-8601 duration",
        "stepin.alert.suppression|PT0S|must be positive",
        "stepin.alert.suppression|-PT1H|must be positive",
        "stepin.alert.threshold|SEVERE|must be one of",
        "stepin.alert.threshold|NONE|must be LOW or above",
        "stepin.channels|agency-ig|CHANNEL_ID:PLATFORM",
        "stepin.channels|agency-ig:|CHANNEL_ID:PLATFORM",
        "stepin.age.minimum|twelve|not a whole number",
        "stepin.age.minimum|120|between 0 and 99",
        "stepin.age.minimum|-1|between 0 and 99",
        "stepin.age.minimum.whatsapp|100|between 0 and 99",
        "stepin.message.max-chars|0|between 1",
        "stepin.trajectory.window|P0D|must be positive",
        "stepin.trajectory.burst|1h|not an ISO-8601 duration",
        "stepin.trajectory.max-entries|65|between 1 and 64",
        "stepin.trajectory.half-life|PT0S|must be positive",
        "stepin.trajectory.moderate-at|0|positive number",
        "stepin.trajectory.moderate-at|one|not a number",
        "stepin.trajectory.high-at|-1|positive number",
        "stepin.trajectory.high-at|Infinity|positive number",
        "stepin.trajectory.high-at|0.5|must not be below stepin.trajectory.moderate-at",
        "stepin.working-hours.zone|Mars/Olympus|not a time zone",
        "stepin.working-hours.days|MON-FUNDAY|not a day of the week",
        "stepin.working-hours.days|MON-WED-FRI|expected days like MON-FRI",
        "stepin.working-hours.time|17:00-09:00|end must be after the start",
        "stepin.working-hours.time|9 to 5|expected HH:MM-HH:MM",
        "stepin.topics.alerts|''|must not be empty",
        "stepin.topics.alerts|caseworker alerts|not a Kafka topic name",
        "stepin.topics.alerts|messages|already the name of stepin.topics.messages",
        "stepin.topics.partitions|0|between 1 and 10000",
        "stepin.deep.enabled|yes|must be true or false",
        "stepin.deep.pipelines|0|between 1 and 16",
        "stepin.deep.pipelines|two|not a whole number",
        "stepin.deep.max-wait|100ms|not an ISO-8601 duration",
        "stepin.deep.max-wait|PT0S|must be positive"})
    void aBadValueStopsStartUpNamingTheKeyAndTheValue(String key, String value, String problem) {
        assertThatThrownBy(() -> ConfigLoader.load(properties(Map.of(key, value))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(key + ": ")
                .hasMessageContaining(problem)
                .hasMessageContaining("'" + value + "'")
                .extracting(error -> ((ConfigException) error).key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "stepin.alert.supression|unknown key",
        "stepin.topics.alert|unknown key",
        "stepin.age.minimum.|name a platform",
        "bootstrap.servers|pipeline keys start with 'stepin.', Kafka settings with 'kafka.'"})
    void anUnknownKeyStopsStartUpNamingIt(String key, String problem) {
        assertThatThrownBy(() -> ConfigLoader.load(properties(Map.of(key, "1", "stepin.alert.threshold", "HIGH"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(key + ": ")
                .hasMessageContaining(problem)
                .extracting(error -> ((ConfigException) error).key()).isEqualTo(key);
    }

    @Test
    void kafkaKeysPassThroughUncheckedWithoutThePrefix() {
        PipelineConfig config = ConfigLoader.load(properties(Map.of(
                "kafka.num.stream.threads", " 4 ",
                "kafka.some.future.setting", "anything")));

        assertThat(config.kafka()).containsOnly(Map.entry("num.stream.threads", "4"),
                Map.entry("some.future.setting", "anything"));
    }

    private static Properties properties(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }
}
