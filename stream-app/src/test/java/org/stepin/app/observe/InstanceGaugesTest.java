package org.stepin.app.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.stepin.app.event.ConsentStatus;

class InstanceGaugesTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final InstanceGauges gauges = new InstanceGauges(registry);

    @Test
    void shouldPublishTheRunningVersionsOnce() {
        gauges.versions("2025.06-1", "rules-1");
        gauges.versions("2025.07-1", "rules-1");

        assertThat(registry.find(MeterNames.INFO).gauges()).hasSize(1);
        assertThat(registry.scrape())
                .contains("detector_info{lexicon_version=\"2025.07-1\",model_version=\"rules-1\"} 1");
    }

    @Test
    void shouldRejectAVersionThatIsNotAShortVersionString() {
        assertThatThrownBy(() -> gauges.versions("i want to die", "rules-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lexiconVersion");
        assertThatThrownBy(() -> gauges.versions("1", "x".repeat(161)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("modelVersion");
        String packaged = "rules-1+doccat-1+sha256.d37b29febba1+combiner-1+sha256.7e9d328533cc"
                + "+deep-1+corenlp-4.5.10-depparse";
        gauges.versions("0.2.0+sha256.7c927e698afa", packaged);
        assertThat(registry.scrape()).contains("model_version=\"" + packaged + "\"");
    }

    @Test
    void shouldReadConsentCountsAtScrapeTime() {
        long[] granted = {5};
        gauges.consentCounts(status -> {
            if (status == ConsentStatus.REVOKED) {
                throw new IllegalStateException("store migrating");
            }
            return granted[0];
        });
        granted[0] = 7;

        assertThat(registry.get(MeterNames.CONSENTS).tag("status", "GRANTED").gauge().value()).isEqualTo(7);
        assertThat(registry.get(MeterNames.CONSENTS).tag("status", "REVOKED").gauge().value()).isNaN();
    }

    @Test
    void shouldReplaceTheVersionsInTheScrapeWhenPublishedThroughAComposite() {
        InstanceGauges throughComposite = new InstanceGauges(new CompositeMeterRegistry().add(registry));

        throughComposite.versions("2025.06-1", "rules-1");
        throughComposite.versions("2025.07-1", "rules-1");

        assertThat(registry.scrape()).contains("lexicon_version=\"2025.07-1\"").doesNotContain("2025.06-1");
    }
}
