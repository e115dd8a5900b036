package org.stepin.app.evaluate.dataset;

import java.util.Locale;

/** The Columbia scale levels of the Reddit C-SSRS data set, lowest risk first. */
public enum CssrsLabel {
    /** Supports others; no own risk. A worker should not be paged. */
    SUPPORTIVE,
    /** Risk factors without ideation. */
    INDICATOR,
    /** Suicidal ideation. */
    IDEATION,
    /** Suicidal behaviour (preparation, self-harm with intent). */
    BEHAVIOR,
    /** A past attempt. */
    ATTEMPT;

    /** The label as the data set spells it ("Supportive"). */
    public String display() {
        String name = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** True for Ideation, Behavior and Attempt: users a worker should step in for. */
    public boolean atRisk() {
        return compareTo(IDEATION) >= 0;
    }

    /** The label spelled {@code text} (any case). */
    public static CssrsLabel parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
