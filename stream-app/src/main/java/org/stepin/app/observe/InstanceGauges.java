package org.stepin.app.observe;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import org.stepin.app.event.ConsentStatus;

/**
 * The gauges of a running instance that no pipeline event moves: the running lexicon and model versions
 * ({@code detector.info}) and the consent table's size by status ({@code detector.consents}). Thread-safe.
 */
public final class InstanceGauges {
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+:-]{0,159}");

    private final MeterRegistry registry;
    private Gauge info;

    /** Gauges in {@code registry}, registered by the methods below. */
    public InstanceGauges(MeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry");
    }

    /**
     * Publishes the running lexicon and model versions as {@code detector.info} with value 1, replacing the
     * versions published before (call again after a lexicon reload).
     *
     * @throws IllegalArgumentException when a version is not a short version string (letters, digits, {@code ._+:-})
     */
    public synchronized void versions(String lexiconVersion, String modelVersion) {
        String lexicon = version("lexiconVersion", lexiconVersion);
        String model = version("modelVersion", modelVersion);
        if (info != null) {
            registry.remove(info);
        }
        info = Gauge.builder(MeterNames.INFO, () -> 1)
                .description("The running lexicon and model versions; always 1")
                .tag("lexicon_version", lexicon)
                .tag("model_version", model)
                .register(registry);
    }

    /**
     * Publishes {@code detector.consents{status}}, the number of consent records in this instance's consent table
     * by status, read from {@code counts} at each scrape. {@code counts} should be cheap; when it fails (e.g. the
     * store is not queryable during a rebalance) the gauge shows no value (NaN) for that scrape.
     */
    public void consentCounts(ToLongFunction<ConsentStatus> counts) {
        requireNonNull(counts, "counts");
        for (ConsentStatus status : ConsentStatus.values()) {
            Gauge.builder(MeterNames.CONSENTS, counts, function -> count(function, status))
                    .description("Consent records in this instance's consent table, by status")
                    .tag("status", status.name())
                    .strongReference(true)
                    .register(registry);
        }
    }

    private static double count(ToLongFunction<ConsentStatus> counts, ConsentStatus status) {
        try {
            return counts.applyAsLong(status);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String version(String name, String value) {
        requireNonNull(value, name);
        if (!VERSION.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 1-160 letters, digits or ._+:- starting with a letter"
                    + " or digit, was '" + value + "'");
        }
        return value;
    }
}
