package org.stepin.app.evaluate.scorer;

import java.util.List;

/**
 * Something that reads a text and says how risky it is and whether it would alert. Implementations
 * are thread-safe.
 */
public interface Scorer {
    /** The row name in every table ({@code stepin}, {@code vader}, {@code keywords}, ...). */
    String name();

    /** The alert rule and risk score in one line, for the report ("alert when compound <= -0.5"). */
    String rule();

    /** Scores one text. Never throws on any string. */
    Risk score(Message message);

    /**
     * What the scorer has to say about the texts it scored since the last call (e.g. the deep tier's share),
     * for the data set's notes; the counts start again at zero. None by default.
     */
    default List<String> drainNotes() {
        return List.of();
    }
}
