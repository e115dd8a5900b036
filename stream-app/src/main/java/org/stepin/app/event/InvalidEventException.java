package org.stepin.app.event;

import static java.util.Objects.requireNonNull;

/**
 * An input record that breaks its contract. The reason names the field and the rule, never the content, so it
 * is safe to put in a dead letter and a metric.
 */
public final class InvalidEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;

    /** A contract violation of {@code kind}, explained by {@code reason}. */
    public InvalidEventException(ErrorKind kind, String reason) {
        super(reason);
        this.kind = requireNonNull(kind, "kind");
    }

    public ErrorKind kind() {
        return kind;
    }
}
