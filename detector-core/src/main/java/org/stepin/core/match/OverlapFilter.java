package org.stepin.core.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the most specific match per list: a match is dropped when another match of the same list
 * covers its tokens and is longer, or covers the same tokens with a higher weight ("want to kill
 * myself" absorbs "kill myself"). Matches of different lists never absorb each other.
 */
public final class OverlapFilter {
    private OverlapFilter() {
    }

    /** The matches that no other match of their list absorbs, in their original order. */
    public static List<PhraseMatch> mostSpecific(List<PhraseMatch> matches) {
        if (matches.size() < 2) {
            return matches;
        }
        List<PhraseMatch> kept = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++) {
            if (!absorbed(matches, i)) {
                kept.add(matches.get(i));
            }
        }
        return kept;
    }

    private static boolean absorbed(List<PhraseMatch> matches, int index) {
        PhraseMatch candidate = matches.get(index);
        for (int j = 0; j < matches.size(); j++) {
            PhraseMatch other = matches.get(j);
            if (j == index || other.entry().list() != candidate.entry().list() || !other.covers(candidate)) {
                continue;
            }
            int otherWords = other.entry().lemmas().size();
            int candidateWords = candidate.entry().lemmas().size();
            if (otherWords > candidateWords) {
                return true;
            }
            if (otherWords == candidateWords && (other.entry().weight() > candidate.entry().weight()
                    || other.entry().weight() == candidate.entry().weight() && j < index)) {
                return true;
            }
        }
        return false;
    }
}
