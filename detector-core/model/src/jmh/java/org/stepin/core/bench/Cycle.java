package org.stepin.core.bench;

/**
 * Hands out a benchmark's inputs one after another, starting again after the last, so each invocation gets the
 * next message of the mix. One per benchmark thread (not thread-safe).
 *
 * @param <T> what is handed out (message texts, analysed messages)
 */
final class Cycle<T> {
    private final T[] items;
    private int next;

    /** A cycle over {@code items} (not copied), which must not be empty. */
    Cycle(T[] items) {
        if (items.length == 0) {
            throw new IllegalArgumentException("nothing to cycle over");
        }
        this.items = items;
    }

    /** The next item, wrapping round after the last. */
    T next() {
        T item = items[next];
        next = next + 1 == items.length ? 0 : next + 1;
        return item;
    }
}
