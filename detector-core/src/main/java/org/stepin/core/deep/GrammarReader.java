package org.stepin.core.deep;

import java.util.List;
import java.util.Set;
import org.stepin.core.context.MessageContext;
import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/**
 * Reads negation scope, grammatical subject and a conditional for one risk phrase from a dependency parse.
 * The phrase's predicate is its highest word in the parse (climbing from a noun to the verb that takes it,
 * "thinking about [suicide]"). Rules, in Universal Dependencies terms:
 * <ul>
 *   <li><b>Negated</b> when a {@code not/never/no} ({@code advmod}, {@code neg}, or {@code det} on a noun),
 *       or a negative subject ("no one", "nobody", also as the noun a reduced clause hangs on: "no one
 *       [bullying me]"), hangs on the phrase's top word, on the word a noun phrase
 *       belongs to ("not thinking about [suicide]", "[no] [sh] for 4 months"), on a verb above it through
 *       {@code xcomp} ("i do not [want to die]"), or on a verb of saying whose {@code ccomp} it is ("i never
 *       said i [wanted to die]"). Not through other clauses ("i do not know why i [want to die]"), not through
 *       verbs of thinking ("i do not think i will ever [feel normal again]" is hopeless, not negated), and not
 *       onto a cause ("i do not want to go to school because of the [bullying]"). A negated verb of
 *       continuing is a double negation ("i can not stop [cutting]"), and a negated ability leaves the wish
 *       standing ("i will never be able to [end myself]", "i can not bring myself to [do it]"): not negated.
 *       The parser often leaves a verb under a verb or adjective as plain {@code dep} on lower-case chat ("not
 *       considering [killing myself]"), or as {@code acl} under a verb; both count as {@code xcomp}. Negation
 *       words inside the phrase itself belong to it ("no one would miss me").</li>
 *   <li><b>Subject</b>: a reflexive in the phrase decides ("kill herself"), then a first-person word in it, as
 *       in the fast tier ("they do not [want to be around me]" is the young person's own); otherwise the
 *       {@code nsubj} of the predicate, or of the verb it is an {@code xcomp} or {@code conj} of, where an
 *       object of that verb controls the {@code xcomp} ("she makes [me] [want to die]"). The subject's person
 *       comes from the lexicon's first- and third-person cues, then from pronouns.</li>
 *   <li><b>Conditional</b> when the predicate or a verb above it through {@code xcomp} has the {@code mark}
 *       "if".</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class GrammarReader {
    private static final Set<String> NEGATION_WORDS = Set.of("not", "never", "no", "n't", "nt", "cannot");
    private static final Set<String> NEGATION_RELATIONS = Set.of("advmod", "neg", "det");
    private static final Set<String> CONTINUING = Set.of("stop", "stops", "stopped", "stopping", "quit", "quits",
            "quitting", "help", "resist", "resisting");
    private static final Set<String> ABILITY = Set.of("able", "bring", "brave", "strength", "strong", "gain",
            "manage", "dare", "courage", "guts", "enough");
    private static final Set<String> SAYING = Set.of("say", "says", "said", "saying", "mean", "means", "meant",
            "claim", "claims", "claimed", "tell", "tells", "told");
    private static final Set<String> CAUSAL = Set.of("because", "cause", "cuz", "coz", "due", "from", "over",
            "after", "since", "thanks");
    private static final Set<String> NEGATIVE_SUBJECTS = Set.of("nobody", "noone", "none", "nothing");
    private static final Set<String> NOMINAL_RELATIONS = Set.of("obj", "dobj", "iobj", "obl", "nmod", "compound",
            "nsubj:pass", "nsubjpass");
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass", "nsubjpass", "csubj");
    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "dobj", "iobj");
    private static final Set<String> FIRST = Set.of("i", "me", "my", "we", "us", "myself", "ourselves");
    private static final Set<String> SECOND = Set.of("you", "u", "ya", "yall", "yourself", "yourselves");
    private static final Set<String> THIRD = Set.of("he", "she", "they", "him", "her", "them", "someone",
            "somebody", "everyone", "everybody", "people");
    private static final Set<String> FIRST_REFLEXIVE = Set.of("myself", "ourselves");
    private static final Set<String> THIRD_REFLEXIVE = Set.of("herself", "himself", "themselves", "themself");
    private static final Set<String> SECOND_REFLEXIVE = Set.of("yourself", "yourselves");
    private static final int MAX_STEPS = 6;

    /**
     * What {@code graph} says about {@code match}.
     *
     * @param graph the parse of the message (at least of the match's sentence)
     * @param match the risk phrase
     * @param cues the message's cue matches; first- and third-person cues name subjects
     */
    public Reading read(DependencyGraph graph, PhraseMatch match, List<PhraseMatch> cues) {
        int top = top(graph, match);
        if (top < 0) {
            return Reading.UNPARSED;
        }
        int predicate = predicate(graph, match, top);
        String negationNote = negation(graph, match, top, predicate);
        boolean negated = negationNote.startsWith("'");
        Person person = Person.NONE;
        String subjectNote = reflexive(graph, match);
        String own = ownWord(match, cues);
        if (!subjectNote.isEmpty()) {
            person = reflexivePerson(subjectNote);
        } else if (!own.isEmpty()) {
            person = Person.FIRST;
            subjectNote = own;
        } else {
            int subject = subject(graph, match, predicate);
            if (subject >= 0) {
                person = person(graph, subject, cues);
                subjectNote = graph.relation(subject) + " '" + graph.word(subject) + "' of '"
                        + graph.word(graph.head(subject)) + "'";
            } else {
                subjectNote = "no subject of '" + graph.word(predicate) + "'";
            }
        }
        return new Reading(true, negated, negationNote, person, subjectNote, conditional(graph, predicate));
    }

    /** The matched word highest in the parse, or -1 when none was parsed. */
    private static int top(DependencyGraph graph, PhraseMatch match) {
        int best = -1;
        int bestDepth = Integer.MAX_VALUE;
        for (int i = match.firstToken(); i <= match.lastToken(); i++) {
            if (match.matchedToken(i) && graph.parsed(i)) {
                int depth = depth(graph, i);
                if (depth < bestDepth) {
                    best = i;
                    bestDepth = depth;
                }
            }
        }
        return best;
    }

    private static int depth(DependencyGraph graph, int i) {
        int depth = 0;
        for (int node = i; graph.head(node) != DependencyGraph.ROOT && depth < graph.size(); node = graph.head(node)) {
            depth++;
        }
        return depth;
    }

    /** From a noun or pronoun to the verb or adjective that takes it ("thinking about [suicide]"). */
    private static int predicate(DependencyGraph graph, PhraseMatch match, int top) {
        int node = top;
        for (int step = 0; step < MAX_STEPS && nominal(graph, node)
                && NOMINAL_RELATIONS.contains(graph.relation(node)) && graph.head(node) >= 0; step++) {
            node = graph.head(node);
        }
        return node;
    }

    private static boolean nominal(DependencyGraph graph, int i) {
        String tag = graph.tag(i);
        return tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("CD");
    }

    private static String negation(DependencyGraph graph, PhraseMatch match, int top, int predicate) {
        int node = top;
        for (int step = 0; step < MAX_STEPS; step++) {
            String found = negationOn(graph, match, node);
            if (found != null) {
                return found;
            }
            int head = graph.head(node);
            String relation = graph.relation(node);
            if (head < 0) {
                break;
            }
            if ((relation.equals("acl") || relation.equals("dep")) && nominal(graph, head)
                    && negativeNominal(graph, head) && !inside(match, head)) {
                return "'" + negativeWords(graph, head) + "' " + relation + " head of '" + graph.word(node) + "'";
            }
            if (nominal(graph, node) && NOMINAL_RELATIONS.contains(relation)) {
                int cause = caseMarker(graph, node, CAUSAL);
                if (cause >= 0) {
                    return "no negation governs '" + graph.word(node) + "' (a cause, '" + graph.word(cause) + "')";
                }
            } else if (!complement(graph, node)
                    && !(relation.equals("ccomp") && SAYING.contains(graph.word(head)))) {
                break;
            }
            node = head;
        }
        return "no negation governs '" + graph.word(predicate) + "'";
    }

    /** The negation on {@code node} itself: a negating modifier, or a negative subject; null when none. */
    private static String negationOn(DependencyGraph graph, PhraseMatch match, int node) {
        for (int child : graph.children(node)) {
            if (inside(match, child)) {
                continue;
            }
            String relation = graph.relation(child);
            if (NEGATION_WORDS.contains(graph.word(child)) && NEGATION_RELATIONS.contains(relation)
                    && !(relation.equals("det") && !nominal(graph, node))) {
                if (CONTINUING.contains(graph.word(node))) {
                    return "double negation '" + graph.word(child) + "' + '" + graph.word(node) + "'";
                }
                if (ABILITY.contains(graph.word(node)) && !inside(match, node)) {
                    return "negated ability '" + graph.word(child) + "' + '" + graph.word(node) + "', not the wish";
                }
                return "'" + graph.word(child) + "' " + relation + " of '" + graph.word(node) + "'";
            }
            if (SUBJECT_RELATIONS.contains(relation) && negativeNominal(graph, child)) {
                return "'" + negativeWords(graph, child) + "' " + relation + " of '" + graph.word(node) + "'";
            }
        }
        return null;
    }

    /** True for "nobody", "nothing", "none" or a noun with the determiner "no" ("no one"). */
    private static boolean negativeNominal(DependencyGraph graph, int node) {
        return NEGATIVE_SUBJECTS.contains(graph.word(node)) || caseMarker(graph, node, Set.of("no")) >= 0;
    }

    private static String negativeWords(DependencyGraph graph, int node) {
        return NEGATIVE_SUBJECTS.contains(graph.word(node)) ? graph.word(node) : "no " + graph.word(node);
    }

    /** A child of {@code node} that is a case marker or determiner among {@code words}, or -1. */
    private static int caseMarker(DependencyGraph graph, int node, Set<String> words) {
        for (int child : graph.children(node)) {
            String relation = graph.relation(child);
            if ((relation.equals("case") || relation.equals("det") || relation.equals("mark"))
                    && words.contains(graph.word(child))) {
                return child;
            }
        }
        return -1;
    }

    private static int subject(DependencyGraph graph, PhraseMatch match, int predicate) {
        int node = predicate;
        for (int step = 0; step < MAX_STEPS; step++) {
            int subject = child(graph, node, SUBJECT_RELATIONS);
            if (subject >= 0) {
                return subject;
            }
            int head = graph.head(node);
            String relation = graph.relation(node);
            if (head < 0) {
                return -1;
            }
            if (complement(graph, node)) {
                int controller = child(graph, head, OBJECT_RELATIONS);
                if (controller >= 0 && !inside(match, controller)) {
                    return controller;
                }
            } else if (!relation.equals("conj")) {
                return -1;
            }
            node = head;
        }
        return -1;
    }

    /**
     * True when {@code node} is an open clausal complement of its head: {@code xcomp}, or a verb the parser left
     * as plain {@code dep} under a verb or adjective (it does so on lower-case chat: "not considering [killing]"),
     * or as {@code acl} under a verb ("i agree but i am not considering [killing myself]": a clausal modifier of a
     * noun cannot hang on a verb, so the parse means the complement).
     */
    private static boolean complement(DependencyGraph graph, int node) {
        String relation = graph.relation(node);
        if (relation.equals("xcomp")) {
            return true;
        }
        int head = graph.head(node);
        if (head < 0 || !graph.tag(node).startsWith("VB")) {
            return false;
        }
        return relation.equals("dep") && (graph.tag(head).startsWith("VB") || graph.tag(head).startsWith("JJ"))
                || relation.equals("acl") && graph.tag(head).startsWith("VB");
    }

    private static int child(DependencyGraph graph, int node, Set<String> relations) {
        for (int child : graph.children(node)) {
            if (relations.contains(graph.relation(child))) {
                return child;
            }
        }
        return -1;
    }

    private static Person person(DependencyGraph graph, int subject, List<PhraseMatch> cues) {
        for (PhraseMatch cue : cues) {
            if (cue.firstToken() <= subject && subject <= cue.lastToken()) {
                if (cue.entry().list() == CueKind.FIRST_PERSON) {
                    return Person.FIRST;
                }
                if (cue.entry().list() == CueKind.THIRD_PERSON) {
                    return Person.THIRD;
                }
            }
        }
        String word = graph.word(subject);
        if (FIRST.contains(word)) {
            return Person.FIRST;
        }
        if (SECOND.contains(word)) {
            return Person.SECOND;
        }
        return THIRD.contains(word) ? Person.THIRD : Person.NONE;
    }

    private static String reflexive(DependencyGraph graph, PhraseMatch match) {
        for (int i = match.firstToken(); i <= match.lastToken(); i++) {
            if (graph.parsed(i)) {
                String word = graph.word(i);
                if (FIRST_REFLEXIVE.contains(word) || THIRD_REFLEXIVE.contains(word)
                        || SECOND_REFLEXIVE.contains(word)) {
                    return "reflexive '" + word + "'";
                }
            }
        }
        return "";
    }

    /**
     * A first-person cue the phrase itself holds ("better off without [me]", "they do not [want to be around
     * me]": the young person's own state, whoever the grammatical subject is), by the fast tier's own test
     * ({@link MessageContext#sharesWords}) on the lexicon's first-person cues; "" when none. Not "my", which is
     * no cue: in "[my friend wants to die]" it names whose friend, and the friend is the subject.
     */
    private static String ownWord(PhraseMatch match, List<PhraseMatch> cues) {
        for (PhraseMatch cue : cues) {
            if (cue.entry().list() == CueKind.FIRST_PERSON && MessageContext.sharesWords(cue, match)) {
                return "the phrase holds '" + cue.entry().phrase() + "'";
            }
        }
        return "";
    }

    private static Person reflexivePerson(String note) {
        String word = note.substring(note.indexOf('\'') + 1, note.length() - 1);
        if (FIRST_REFLEXIVE.contains(word)) {
            return Person.FIRST;
        }
        return THIRD_REFLEXIVE.contains(word) ? Person.THIRD : Person.SECOND;
    }

    private static boolean conditional(DependencyGraph graph, int predicate) {
        int node = predicate;
        for (int step = 0; step < MAX_STEPS; step++) {
            for (int child : graph.children(node)) {
                if (graph.relation(child).equals("mark") && graph.word(child).equals("if")) {
                    return true;
                }
            }
            if (graph.head(node) < 0 || !complement(graph, node)) {
                return false;
            }
            node = graph.head(node);
        }
        return false;
    }

    private static boolean inside(PhraseMatch match, int token) {
        return match.matchedToken(token);
    }
}
