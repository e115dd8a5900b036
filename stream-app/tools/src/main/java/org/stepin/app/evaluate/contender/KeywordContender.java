package org.stepin.app.evaluate.contender;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain keyword list many deployed monitors use, as a peer: common risk words matched as
 * case-insensitive substrings, so "skilled" contains "kill" and "execute" contains "cut" — that is the
 * point of this peer. Risk score = number of hits (every occurrence of every keyword); alert at one hit.
 * Immutable and thread-safe.
 */
public final class KeywordContender implements Contender {
    /** The list, lowercase: a typical one, not tuned to any data set. */
    public static final List<String> KEYWORDS = List.of(
            "suicide", "suicidal", "kill myself", "kill", "die", "dead", "cut", "self harm", "selfharm",
            "hurt myself", "overdose", "pills", "abuse", "hit me", "rape", "bully", "bullied", "drugs",
            "drunk", "weed", "hopeless", "worthless", "hate myself", "end it all", "kms", "kys");

    @Override
    public String name() {
        return "keywords";
    }

    @Override
    public String rule() {
        return "risk = number of substring hits of " + KEYWORDS.size() + " common risk words; alert at >= 1 hit";
    }

    @Override
    public Risk score(Message message) {
        String text = message.text().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        int hits = 0;
        for (String keyword : KEYWORDS) {
            int count = 0;
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
                count++;
            }
            if (count > 0) {
                found.add(keyword);
                hits += count;
            }
        }
        return Risk.of(hits, hits > 0, found);
    }
}
