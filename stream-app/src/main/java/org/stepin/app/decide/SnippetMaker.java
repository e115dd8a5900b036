package org.stepin.app.decide;

import java.util.List;
import org.stepin.core.privacy.Snippet;
import org.stepin.core.privacy.Span;

/** Cuts and masks the snippet of an alert. Implementations are thread-safe. */
@FunctionalInterface
public interface SnippetMaker {
    /**
     * The snippet of {@code text} around {@code evidence} (spans into {@code text}, the most important first),
     * personal details masked, with each evidence span translated into the snippet (empty when it did not fit).
     */
    Snippet make(String text, List<Span> evidence);
}
