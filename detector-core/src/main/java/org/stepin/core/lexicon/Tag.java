package org.stepin.core.lexicon;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Tags an entry may carry; the scorer reads some of them (intent and the imminence cues). */
public enum Tag {
    /** Own intent or desire to die or to act. */
    INTENT,
    /** A plan. */
    PLAN,
    /** Means (pills, a rope, a blade). */
    MEANS,
    /** A time ("tonight", "right now"). */
    TIME,
    /** A place ("on the roof"). */
    PLACE,
    /** A farewell ("wrote my note", "goodbye everyone"). */
    FAREWELL,
    /** A method. */
    METHOD,
    /** Physical abuse. */
    PHYSICAL,
    /** Sexual abuse or harassment. */
    SEXUAL,
    /** Emotional abuse. */
    EMOTIONAL,
    /** Neglect. */
    NEGLECT,
    /** Coercion or grooming. */
    COERCION,
    /** A threat. */
    THREAT,
    /** Exclusion. */
    EXCLUSION,
    /** Online. */
    CYBER,
    /** Alcohol. */
    ALCOHOL,
    /** Drugs. */
    DRUGS,
    /** Personal contact details. */
    PERSONAL_CONTACT,
    /** A private or off-platform meeting. */
    MEETING,
    /** An emergency happening now ("it will not stop bleeding", "took too many pills"): IMMINENT in own voice. */
    EMERGENCY,
    /** The young person's own reaction ("felt exactly like me"): media or essay framing does not cancel it. */
    OWN,
    /**
     * A topic word ("suicide", "self harm", "drugs"): said as often in advice, opinion or a lesson as in
     * disclosure, so alone it weighs little and the learned tier may not raise it.
     */
    TOPIC,
    /** No gap words allowed inside the phrase. */
    EXACT;

    /** The tags that, beside own-voice intent, make suicidal ideation IMMINENT. */
    public static final Set<Tag> IMMINENCE = EnumSet.of(PLAN, MEANS, TIME, PLACE, FAREWELL);

    /** Name used in files and output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The tag with this id.
     *
     * @throws IllegalArgumentException naming the id when there is none
     */
    public static Tag fromId(String id) {
        for (Tag tag : values()) {
            if (tag.id().equals(id)) {
                return tag;
            }
        }
        throw new IllegalArgumentException("unknown tag '" + id + "'");
    }
}
