package org.stepin.app.evaluate.contender;

import java.util.List;

/**
 * One entrant in the comparison {@code ./detector evaluate} runs: something that reads a text and says
 * how risky it is and whether it would alert (stepin's detector, VADER, a keyword list). Not to be
 * confused with detector-core's {@code org.stepin.core.score.Scorer}, the rules tier's category scoring
 * inside stepin. The command line ({@code --scorers}) and the tables call a contender a "scorer".
 * Implementations are thread-safe.
 */
public interface Contender {
    /** The row name in every table ({@code stepin}, {@code vader}, {@code keywords}, ...). */
    String name();

    /** The alert rule and risk score in one line, for the report ("alert when compound <= -0.5"). */
    String rule();

    /** Scores one text. Never throws on any string. */
    Risk score(Message message);

    /**
     * What the contender has to say about the texts it scored since the last call (e.g. the deep tier's
     * share), for the data set's notes; the counts start again at zero. None by default.
     */
    default List<String> drainNotes() {
        return List.of();
    }
}
