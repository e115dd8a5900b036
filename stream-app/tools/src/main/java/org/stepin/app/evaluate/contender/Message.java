package org.stepin.app.evaluate.contender;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.stepin.core.Direction;
import org.stepin.core.lexicon.Category;

/**
 * One text handed to a contender. Immutable.
 *
 * @param text the message text
 * @param direction who wrote it; the seed corpus's boundary rows are worker messages
 * @param focus the categories a task measures (e.g. harassment on Davidson); empty means all. Contenders
 *     without categories ignore it.
 */
public record Message(String text, Direction direction, Set<Category> focus) {

    public Message {
        requireNonNull(text, "text");
        requireNonNull(direction, "direction");
        focus = Set.copyOf(focus);
    }

    /** A youth's message, all categories. */
    public static Message inbound(String text) {
        return new Message(text, Direction.INBOUND, Set.of());
    }

    /** A youth's message, measured on {@code focus} only. */
    public static Message focused(String text, Set<Category> focus) {
        return new Message(text, Direction.INBOUND, focus);
    }
}
