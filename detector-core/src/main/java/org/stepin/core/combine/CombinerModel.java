package org.stepin.core.combine;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stepin.core.classify.Sha256;
import org.stepin.core.lexicon.Category;

/**
 * The fitted combiner: per category, a logistic model for "a worker should step in for this category"
 * (MODERATE or above) and, for categories that can be HIGH, one for "HIGH or above", plus one cut on each
 * model's probability, chosen on the seed corpus. {@code boundary} is not combined (it is the boundary
 * guard's, on outbound messages the classifier never sees). Written by the build as
 * {@value #RESOURCE} in a fixed line order, so the same fit gives the same bytes. Immutable.
 */
public final class CombinerModel {
    /** Where the build writes the model, on the class path. */
    public static final String RESOURCE = "stepin/model/combiner.properties";
    /** Prefix of every version string; bump it when the features change meaning. */
    public static final String VERSION_PREFIX = "combiner-1";

    private static final String MODERATE = ".moderate";
    private static final String HIGH = ".high";

    private final Map<Category, LogisticModel> moderate;
    private final Map<Category, LogisticModel> high;
    private final double moderateCut;
    private final double highCut;
    private final String classifierVersion;
    private final String version;

    /**
     * A model.
     *
     * @param moderate the MODERATE-or-above model of every combined category
     * @param high the HIGH-or-above model of the categories that can be HIGH
     * @param moderateCut probability from which a category is MODERATE
     * @param highCut probability from which a category is HIGH
     * @param classifierVersion the version of the classifier whose probabilities it was fitted on
     */
    public CombinerModel(Map<Category, LogisticModel> moderate, Map<Category, LogisticModel> high,
                         double moderateCut, double highCut, String classifierVersion) {
        this.moderate = enumMap(Map.copyOf(moderate));
        this.high = enumMap(Map.copyOf(high));
        if (!(0 < moderateCut && moderateCut < 1 && 0 < highCut && highCut < 1)) {
            throw new IllegalArgumentException("cuts must lie in (0, 1): " + moderateCut + ", " + highCut);
        }
        if (!this.moderate.keySet().containsAll(this.high.keySet())) {
            throw new IllegalArgumentException("a category with a HIGH model needs a MODERATE model");
        }
        this.moderateCut = moderateCut;
        this.highCut = highCut;
        this.classifierVersion = requireNonNull(classifierVersion, "classifierVersion");
        String hash = Sha256.hex(format().getBytes(StandardCharsets.UTF_8));
        this.version = VERSION_PREFIX + "+sha256." + hash.substring(0, 12);
    }

    /** An enum map of {@code map}, for look-ups by category that read an array; never modified afterwards. */
    private static Map<Category, LogisticModel> enumMap(Map<Category, LogisticModel> map) {
        Map<Category, LogisticModel> byCategory = new EnumMap<>(Category.class);
        byCategory.putAll(map);
        return byCategory;
    }

    /** The model packaged with the application, read once. */
    public static CombinerModel packaged() {
        return Packaged.INSTANCE;
    }

    /** True when the packaged combiner is on the class path (the detector-model artifact; not while it is fitted). */
    public static boolean isPackaged() {
        return CombinerModel.class.getClassLoader().getResource(RESOURCE) != null;
    }

    /** The MODERATE-or-above model of {@code category}, empty when the category is not combined. */
    public Optional<LogisticModel> moderate(Category category) {
        return Optional.ofNullable(moderate.get(category));
    }

    /** The HIGH-or-above model of {@code category}, empty when it cannot be HIGH. */
    public Optional<LogisticModel> high(Category category) {
        return Optional.ofNullable(high.get(category));
    }

    /** Probability from which a category is MODERATE. */
    public double moderateCut() {
        return moderateCut;
    }

    /** Probability from which a category is HIGH. */
    public double highCut() {
        return highCut;
    }

    /** The classifier version it was fitted on. */
    public String classifierVersion() {
        return classifierVersion;
    }

    /** {@code combiner-1+sha256.<first 12 hex of the model file>}. */
    public String version() {
        return version;
    }

    /** The model file: comment, cuts, classifier version, then the models in category order. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("# stepin combiner, fitted by the build (docs/combiner.md). Features: 1, rules score,")
                .append(" classifier logit, their product.\n");
        out.append("moderate.cut=").append(String.format(Locale.ROOT, "%.4f", moderateCut)).append('\n');
        out.append("high.cut=").append(String.format(Locale.ROOT, "%.4f", highCut)).append('\n');
        out.append("classifier.version=").append(classifierVersion).append('\n');
        for (Category category : Category.values()) {
            if (moderate.containsKey(category)) {
                out.append(category.id()).append(MODERATE).append('=').append(moderate.get(category).format())
                        .append('\n');
            }
            if (high.containsKey(category)) {
                out.append(category.id()).append(HIGH).append('=').append(high.get(category).format()).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The model in {@code text} (as written by {@link #format()}).
     *
     * @throws IllegalArgumentException naming the line when a line is malformed or a key unknown
     */
    public static CombinerModel parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] lines = requireNonNull(text, "text").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0 || values.put(line.substring(0, equals), line.substring(equals + 1)) != null) {
                throw new IllegalArgumentException("combiner model line " + (i + 1) + ": expected a new key=value");
            }
        }
        Map<Category, LogisticModel> moderate = new EnumMap<>(Category.class);
        Map<Category, LogisticModel> high = new EnumMap<>(Category.class);
        double moderateCut = Double.NaN;
        double highCut = Double.NaN;
        String classifier = null;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String key = entry.getKey();
            try {
                switch (key) {
                    case "moderate.cut" -> moderateCut = Double.parseDouble(entry.getValue());
                    case "high.cut" -> highCut = Double.parseDouble(entry.getValue());
                    case "classifier.version" -> classifier = entry.getValue();
                    default -> {
                        boolean isHigh = key.endsWith(HIGH);
                        if (!isHigh && !key.endsWith(MODERATE)) {
                            throw new IllegalArgumentException("unknown key");
                        }
                        Category category = Category.fromId(key.substring(0, key.lastIndexOf('.')));
                        (isHigh ? high : moderate).put(category, LogisticModel.parse(entry.getValue()));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("combiner model key '" + key + "': " + e.getMessage(), e);
            }
        }
        if (classifier == null || Double.isNaN(moderateCut) || Double.isNaN(highCut)) {
            throw new IllegalArgumentException("combiner model needs moderate.cut, high.cut and classifier.version");
        }
        return new CombinerModel(moderate, high, moderateCut, highCut, classifier);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CombinerModel that && format().equals(that.format());
    }

    @Override
    public int hashCode() {
        return format().hashCode();
    }

    /** Lazy holder: the packaged model is read once, on first use. */
    private static final class Packaged {
        static final CombinerModel INSTANCE = load();

        private static CombinerModel load() {
            try (InputStream in = CombinerModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("combiner model missing from the class path: " + RESOURCE
                            + " (the build fits it in process-classes)");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
