package org.stepin.app.decide;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stepin.app.event.AlertEvidence;
import org.stepin.core.Evidence;
import org.stepin.core.privacy.Snippet;
import org.stepin.core.privacy.Span;

/**
 * What an alert shows of the message: a masked snippet around the evidence, and each piece of evidence re-mapped
 * to its words in that snippet (evidence whose words the snippet cut or masked is left out). Immutable.
 *
 * @param snippet the masked snippet
 * @param evidence the evidence, with spans into {@code snippet}
 */
record AlertWords(String snippet, List<AlertEvidence> evidence) {

    AlertWords {
        requireNonNull(snippet, "snippet");
        evidence = List.copyOf(evidence);
    }

    /** The snippet of {@code text} around {@code picked} (each with a span), and the evidence mapped into it. */
    static AlertWords of(String text, List<Evidence> picked, SnippetMaker snippets) {
        List<Span> spans = new ArrayList<>(picked.size());
        for (Evidence item : picked) {
            spans.add(item.span().orElseThrow(() -> new IllegalArgumentException("evidence without words")));
        }
        Snippet snippet = snippets.make(text, spans);
        List<AlertEvidence> words = new ArrayList<>(picked.size());
        for (int i = 0; i < picked.size(); i++) {
            Optional<Span> mapped = snippet.spans().get(i);
            if (mapped.isPresent()) {
                Span span = mapped.get();
                Evidence item = picked.get(i);
                words.add(new AlertEvidence(item.category(), item.source(), item.entry(),
                        snippet.text().substring(span.start(), span.end()), span.start(), span.end(),
                        item.effectiveWeight(), item.marks()));
            }
        }
        return new AlertWords(snippet.text(), words);
    }
}
