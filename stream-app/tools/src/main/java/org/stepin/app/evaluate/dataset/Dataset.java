package org.stepin.app.evaluate.dataset;

import java.util.Locale;

/** The data sets {@code evaluate} knows, with their folder under the data directory. */
public enum Dataset {
    /** GoEmotions dev split: distress vs everyday Reddit comments. */
    GOEMOTIONS("goemotions", "GoEmotions (dev)"),
    /** SAD: severe vs mild stressors. */
    SAD("sad", "SAD"),
    /** Reddit C-SSRS: users' posts, escalation by Columbia scale label. */
    CSSRS("cssrs-dev", "Reddit C-SSRS (dev)"),
    /** Davidson: harassing (hate, offensive) vs neither. */
    DAVIDSON("davidson-offensive", "Davidson hate/offensive"),
    /** The team's seed corpus, packaged with the lexicons. */
    SEED(null, "stepin seed corpus");

    private final String folder;
    private final String title;

    Dataset(String folder, String title) {
        this.folder = folder;
        this.title = title;
    }

    /** The name on the command line ({@code goemotions}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The folder under the data directory; null for the packaged seed corpus. */
    public String folder() {
        return folder;
    }

    /** The name in tables and the report. */
    public String title() {
        return title;
    }

    /**
     * The data set named {@code id}.
     *
     * @throws IllegalArgumentException naming the id and the known ones
     */
    public static Dataset fromId(String id) {
        for (Dataset dataset : values()) {
            if (dataset.id().equals(id)) {
                return dataset;
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + id + "' (known: goemotions, sad, cssrs, davidson,"
                + " seed, all)");
    }
}
