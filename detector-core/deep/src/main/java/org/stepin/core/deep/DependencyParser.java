package org.stepin.core.deep;

import java.util.List;
import org.stepin.core.match.PhraseMatch;
import org.stepin.core.text.AnalyzedText;

/** Parses the sentences of a message that hold some phrases. One instance serves one thread at a time. */
public interface DependencyParser {
    /**
     * The dependency parse of the sentences of {@code text} that contain {@code around}, on the fast tier's
     * tokens (other sentences are left out).
     */
    DependencyGraph parse(AnalyzedText text, List<PhraseMatch> around);
}
