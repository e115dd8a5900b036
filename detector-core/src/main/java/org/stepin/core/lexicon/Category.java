package org.stepin.core.lexicon;

import java.util.Locale;

/**
 * The risk categories; their ids are part of the output contract. {@link #BOUNDARY} is scored on
 * outbound (worker) messages only, every other category on inbound (youth) messages.
 */
public enum Category implements EntryList {
    /** Thoughts of or intent to die by suicide, passive or active. */
    SUICIDAL_IDEATION,
    /** Self-injury, current or urged. */
    SELF_HARM,
    /** Physical, sexual, emotional abuse, neglect or coercion done to the young person. */
    ABUSE,
    /** Being targeted by peers, offline or online. */
    BULLYING,
    /** Alcohol and drug use. */
    SUBSTANCE,
    /** Hopelessness, defeat, feeling a burden. */
    HOPELESSNESS,
    /** Someone else (a friend, a sibling) at risk. */
    PEER_CONCERN,
    /** Abuse, threats or sexual harassment aimed at the youth worker. */
    WORKER_HARASSMENT,
    /** A worker's message that breaks professional boundaries (personal contact, private meetings). */
    BOUNDARY;

    /** The id, written once: reasons and evidence ask for it on every alerting message. */
    private final String id = name().toLowerCase(Locale.ROOT);

    @Override
    public String id() {
        return id;
    }

    @Override
    public String path() {
        return "categories/" + id() + ".txt";
    }

    @Override
    public int defaultGap() {
        return 1;
    }

    @Override
    public boolean weighted() {
        return true;
    }

    /**
     * The category with this id.
     *
     * @throws IllegalArgumentException naming the id when there is none
     */
    public static Category fromId(String id) {
        for (Category category : values()) {
            if (category.id().equals(id)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown category '" + id + "'");
    }
}
