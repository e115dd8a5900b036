package org.stepin.core.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Emoji code points and the token each becomes ({@code 💀 -> emoji_skull}). Immutable and
 * thread-safe.
 */
public final class EmojiTable {
    /** Prefix of every emoji token. */
    public static final String TOKEN_PREFIX = "emoji_";

    private static final EmojiTable EMPTY = new EmojiTable(Map.of());

    private final Map<Integer, String> tokens;

    private EmojiTable(Map<Integer, String> tokens) {
        this.tokens = tokens;
    }

    /** A table with no emoji. */
    public static EmojiTable empty() {
        return EMPTY;
    }

    /**
     * A table from emoji code points to names ({@code [a-z_]+}).
     *
     * @throws IllegalArgumentException if a name is not lowercase ASCII letters and underscores
     */
    public static EmojiTable of(Map<Integer, String> namesByCodePoint) {
        Map<Integer, String> tokens = new HashMap<>();
        namesByCodePoint.forEach((codePoint, name) -> {
            if (!name.matches("[a-z][a-z_]*")) {
                throw new IllegalArgumentException("emoji name must be [a-z_]+: '" + name + "'");
            }
            tokens.put(codePoint, TOKEN_PREFIX + name);
        });
        return new EmojiTable(Map.copyOf(tokens));
    }

    /** The token for this code point, or null when it is not in the table. */
    String tokenFor(int codePoint) {
        return tokens.get(codePoint);
    }

    /** Number of emoji in the table. */
    public int size() {
        return tokens.size();
    }
}
