package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A frozen numbering of words ({@code 0} to {@code size() - 1}, in the order given) for look-ups on the hot
 * path, where most of a message's words are not in the table. An open-addressing table holds each word's hash
 * beside its number, so a miss usually costs one cache line and no string comparison (a {@code HashMap} reads
 * a node per probe, {@code Map.copyOf} compares keys). Immutable and thread-safe.
 */
public final class WordIds {
    /** What {@link #id} returns for a word that has no number. */
    public static final int ABSENT = -1;
    /** The suffix of {@link #id(CharSequence, int, int, int)} that stands for none. */
    public static final int NO_SUFFIX = -1;

    /** Per slot, the spread hash of the word and its number; a slot whose number is {@link #ABSENT} is free. */
    private final int[] slots;
    private final String[] words;
    private final int mask;

    private WordIds(int[] slots, String[] words, int mask) {
        this.slots = slots;
        this.words = words;
        this.mask = mask;
    }

    /**
     * Numbers {@code words} by their position in the list.
     *
     * @throws IllegalArgumentException naming the word when one occurs twice
     */
    public static WordIds of(List<String> words) {
        String[] byId = words.toArray(new String[0]);
        int capacity = Integer.highestOneBit(Math.max(4, byId.length * 2 - 1)) << 1;
        int[] slots = new int[capacity * 2];
        for (int slot = 0; slot < capacity; slot++) {
            slots[2 * slot + 1] = ABSENT;
        }
        int mask = capacity - 1;
        for (int id = 0; id < byId.length; id++) {
            int hash = spread(requireNonNull(byId[id], "word"));
            int slot = hash & mask;
            while (slots[2 * slot + 1] != ABSENT) {
                if (slots[2 * slot] == hash && byId[slots[2 * slot + 1]].equals(byId[id])) {
                    throw new IllegalArgumentException("word listed twice: '" + byId[id] + "'");
                }
                slot = slot + 1 & mask;
            }
            slots[2 * slot] = hash;
            slots[2 * slot + 1] = id;
        }
        return new WordIds(slots, byId, mask);
    }

    /** The number of {@code word}, or {@link #ABSENT}. */
    public int id(String word) {
        int hash = spread(word);
        int slot = hash & mask;
        while (true) {
            int id = slots[2 * slot + 1];
            if (id == ABSENT || slots[2 * slot] == hash && words[id].equals(word)) {
                return id;
            }
            slot = slot + 1 & mask;
        }
    }

    /**
     * The number of the word made of chars {@code start} to {@code end} (exclusive) of {@code text} followed by
     * {@code suffix} (none when {@link #NO_SUFFIX}), or {@link #ABSENT}: {@link #id} of that word without
     * building it.
     */
    public int id(CharSequence text, int start, int end, int suffix) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int length = end - start;
        if (suffix != NO_SUFFIX) {
            hash = 31 * hash + suffix;
        }
        hash = spread(hash);
        int slot = hash & mask;
        while (true) {
            int id = slots[2 * slot + 1];
            if (id == ABSENT || slots[2 * slot] == hash && matches(words[id], text, start, length, suffix)) {
                return id;
            }
            slot = slot + 1 & mask;
        }
    }

    /** The word numbered {@code id}. */
    public String word(int id) {
        return words[id];
    }

    /** How many words are numbered. */
    public int size() {
        return words.length;
    }

    private static boolean matches(String word, CharSequence text, int start, int length, int suffix) {
        if (word.length() != (suffix == NO_SUFFIX ? length : length + 1)) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (word.charAt(i) != text.charAt(start + i)) {
                return false;
            }
        }
        return suffix == NO_SUFFIX || word.charAt(length) == suffix;
    }

    private static int spread(String word) {
        return spread(word.hashCode());
    }

    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }
}
