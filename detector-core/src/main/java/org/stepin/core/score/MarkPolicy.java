package org.stepin.core.score;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stepin.core.context.ContextMark;
import org.stepin.core.lexicon.Category;

/**
 * What each context mark does to a piece of evidence, by category:
 * <ul>
 *   <li>{@code THIRD_PERSON} moves suicidal ideation, self-harm, hopelessness and substance evidence
 *       to {@code peer_concern} (someone else is at risk);</li>
 *   <li>{@code REPORTED} moves suicidal ideation, self-harm and worker-harassment evidence to
 *       {@code bullying} (someone said it to the young person);</li>
 *   <li>{@code REPORTED} wins over {@code THIRD_PERSON}: "they keep saying i should die" is bullying;</li>
 *   <li>{@code NEGATED}, {@code FIGURATIVE}, {@code ACADEMIC} and {@code GAMING} cancel it (x0), except
 *       that reported speech in a game ("someone in valorant told me to kys") keeps 0.3: toxicity
 *       aimed at the young person is still real;</li>
 *   <li>{@code HYPOTHETICAL} halves it; {@code PAST} keeps 0.3 of it (a history still matters);</li>
 *   <li>{@code ADDRESSEE} (advice or concern about the reader: "if you feel suicidal, reach out") keeps
 *       {@value #SUPPORT_TALK} of suicidal-ideation, self-harm and hopelessness evidence, and {@code GENERIC}
 *       (people in general: "people who self harm need help") of suicidal-ideation, self-harm and
 *       substance evidence: support talk and opinion, not the young person's own state, but never quite
 *       nothing, because a teenager sometimes speaks of themself as "you". Substance is left alone by
 *       {@code ADDRESSEE} ("i gave you the vape") and hopelessness by {@code GENERIC} ("everyone leaves,
 *       so why bother" is the youth's mood).</li>
 * </ul>
 * Marks that change nothing for a category are not reported as effects. Immutable.
 */
public final class MarkPolicy {
    private static final Set<Category> OWN_STATE = EnumSet.of(Category.SUICIDAL_IDEATION, Category.SELF_HARM,
            Category.HOPELESSNESS, Category.SUBSTANCE);
    private static final Set<Category> SAID_TO_YOUTH = EnumSet.of(Category.SUICIDAL_IDEATION, Category.SELF_HARM,
            Category.WORKER_HARASSMENT);
    private static final Set<Category> ABOUT_THE_READER = EnumSet.of(Category.SUICIDAL_IDEATION,
            Category.SELF_HARM, Category.HOPELESSNESS);
    private static final Set<Category> ABOUT_PEOPLE = EnumSet.of(Category.SUICIDAL_IDEATION, Category.SELF_HARM,
            Category.SUBSTANCE);
    private static final double REPORTED_IN_GAME = 0.3;
    private static final ContextMark[] MARKS = ContextMark.values();
    /** What {@code ADDRESSEE} and {@code GENERIC} keep of own-state evidence. */
    public static final double SUPPORT_TALK = 0.2;

    /**
     * The outcome for evidence of {@code category} under {@code marks}.
     *
     * @param category the category the evidence now counts for
     * @param factor the multiplier on its weight
     * @param effective the marks that changed something, in mark order
     */
    public record Outcome(Category category, double factor, List<ContextMark> effective) {
        /** Copies the mark list. */
        public Outcome {
            effective = List.copyOf(effective);
        }
    }

    /** Applies the marks to evidence of {@code category}. */
    public Outcome apply(Category category, Set<ContextMark> marks) {
        Category target = category;
        double factor = 1.0;
        List<ContextMark> effective = new ArrayList<>(marks.size());
        boolean reported = marks.contains(ContextMark.REPORTED) && SAID_TO_YOUTH.contains(category);
        for (ContextMark mark : MARKS) {
            if (!marks.contains(mark) || reported && mark == ContextMark.THIRD_PERSON) {
                continue;
            }
            double markFactor = reported && mark == ContextMark.GAMING ? REPORTED_IN_GAME : factor(mark, target);
            Category moved = move(mark, target);
            if (markFactor != 1.0 || moved != target) {
                effective.add(mark);
            }
            factor *= markFactor;
            target = moved;
        }
        return new Outcome(target, factor, effective);
    }

    /** The multiplier a mark applies to evidence of {@code category}. */
    public double factor(ContextMark mark, Category category) {
        switch (mark) {
            case ADDRESSEE:
                return ABOUT_THE_READER.contains(category) ? SUPPORT_TALK : 1.0;
            case GENERIC:
                return ABOUT_PEOPLE.contains(category) ? SUPPORT_TALK : 1.0;
            case NEGATED: case FIGURATIVE: case ACADEMIC: case GAMING:
                return 0.0;
            case HYPOTHETICAL:
                return 0.5;
            case PAST:
                return 0.3;
            default:
                return 1.0;
        }
    }

    private static Category move(ContextMark mark, Category category) {
        if (mark == ContextMark.THIRD_PERSON && OWN_STATE.contains(category)) {
            return Category.PEER_CONCERN;
        }
        if (mark == ContextMark.REPORTED && SAID_TO_YOUTH.contains(category)) {
            return Category.BULLYING;
        }
        return category;
    }
}
