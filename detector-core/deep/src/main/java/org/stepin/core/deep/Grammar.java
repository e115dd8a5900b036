package org.stepin.core.deep;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The Universal Dependencies facts the readers share: relation names, which words are nominal, what counts as
 * a clausal complement, and how far a reading climbs. Grammar only: no English words live here (they are in
 * the lexicon's word lists). Stateless.
 */
final class Grammar {
    /** Most steps a reading climbs from a word towards the root. */
    static final int MAX_STEPS = 6;
    /** Relations by which a negation word negates its head. */
    static final Set<String> NEGATION_RELATIONS = Set.of("advmod", "neg", "det");
    /** Relations by which a noun hangs on the word that takes it. */
    static final Set<String> NOMINAL_RELATIONS = Set.of("obj", "dobj", "iobj", "obl", "nmod", "compound",
            "nsubj:pass", "nsubjpass");
    /** Subject relations. */
    static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass", "nsubjpass", "csubj");
    /** Object relations: an object of a verb controls its {@code xcomp}. */
    static final Set<String> OBJECT_RELATIONS = Set.of("obj", "dobj", "iobj");

    private Grammar() {
    }

    /** True for a noun, a pronoun or a number. */
    static boolean nominal(DependencyGraph graph, int i) {
        String tag = graph.tag(i);
        return tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("CD");
    }

    /**
     * True when {@code node} is an open clausal complement of its head: {@code xcomp}, or a verb the parser left
     * as plain {@code dep} under a verb or adjective (it does so on lower-case chat: "not considering [killing]"),
     * or as {@code acl} under a verb ("i agree but i am not considering [killing myself]": a clausal modifier of a
     * noun cannot hang on a verb, so the parse means the complement).
     */
    static boolean complement(DependencyGraph graph, int node) {
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

    /** The first child of {@code node} by one of {@code relations}, or -1. */
    static int child(DependencyGraph graph, int node, Set<String> relations) {
        for (int child : graph.children(node)) {
            if (relations.contains(graph.relation(child))) {
                return child;
            }
        }
        return -1;
    }

    /** The first child of {@code node} that is a case marker, determiner or mark and passes {@code test}, or -1. */
    static int marker(DependencyGraph graph, int node, IntPredicate test) {
        for (int child : graph.children(node)) {
            String relation = graph.relation(child);
            if ((relation.equals("case") || relation.equals("det") || relation.equals("mark")) && test.test(child)) {
                return child;
            }
        }
        return -1;
    }
}
