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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.stepin.core.deep.DeepSettings;
import org.stepin.core.score.Severity;

class ConfigLoaderTest {

    @Test
    void defaultsAreSafeAndDocumented() {
        PipelineConfig config = PipelineConfig.defaults();

        assertThat(config.channels()).isEmpty();
        assertThat(config.topics()).isEqualTo(Topics.DEFAULT);
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
        PipelineConfig config = ConfigLoader.load(properties(Map.of(
                "stepin.channels", "agency-ig:Instagram, agency-wa:whatsapp",
                "stepin.age.minimum.whatsapp", "16",
                "stepin.alert.suppression", "PT2H",
                "stepin.alert.threshold", "high",
                "stepin.working-hours.zone", "Europe/Berlin",
                "stepin.working-hours.days", "MON-WED,SAT",
                "stepin.working-hours.time", "08:30-16:00",
                "stepin.agency.phones", "+44 20 7946 0000",
                "kafka.bootstrap.servers", "broker-1:9093",
                "kafka.security.protocol", "SASL_SSL")));

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
        "stepin.alert.threshold|SEVERE|must be one of",
        "stepin.alert.threshold|NONE|must be LOW or above",
        "stepin.channels|agency-ig|CHANNEL_ID:PLATFORM",
        "stepin.age.minimum|twelve|not a whole number",
        "stepin.age.minimum|120|between 0 and 99",
        "stepin.message.max-chars|0|between 1",
        "stepin.trajectory.high-at|-1|positive number",
        "stepin.trajectory.high-at|0.5|must not be below stepin.trajectory.moderate-at",
        "stepin.working-hours.zone|Mars/Olympus|not a time zone",
        "stepin.working-hours.days|MON-FUNDAY|not a day of the week",
        "stepin.working-hours.time|17:00-09:00|end must be after the start",
        "stepin.working-hours.time|9 to 5|expected HH:MM-HH:MM",
        "stepin.topics.alerts|''|must not be empty",
        "stepin.deep.enabled|yes|must be true or false",
        "stepin.deep.pipelines|0|between 1 and 16",
        "stepin.deep.pipelines|two|not a whole number",
        "stepin.deep.max-wait|100ms|not an ISO-8601 duration",
        "stepin.deep.max-wait|PT0S|must be positive",
        "stepin.alert.supression|PT1H|unknown key",
        "bootstrap.servers|localhost:9092|pipeline keys start with"})
    void aBadValueStopsStartUpNamingTheKey(String key, String value, String problem) {
        assertThatThrownBy(() -> ConfigLoader.load(properties(Map.of(key, value))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(key + ": ")
                .hasMessageContaining(problem)
                .extracting(error -> ((ConfigException) error).key()).isEqualTo(key);
    }

    private static Properties properties(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }
}
