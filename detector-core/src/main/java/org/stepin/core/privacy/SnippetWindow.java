package org.stepin.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Cuts a {@link Snippet} out of masked text around spans that are already mapped into it. */
final class SnippetWindow {
    static final String CUT = "…";
    /** How far a cut moves to reach whitespace before it gives up and cuts inside a word. */
    private static final int MAX_WORD_SNAP = 20;

    private SnippetWindow() {
    }

    static Snippet cut(String text, List<Span> spans, int maxChars) {
        int from = 0;
        int to = 0;
        if (!spans.isEmpty()) {
            from = spans.get(0).start();
            to = spans.get(0).end();
            for (Span span : spans.subList(1, spans.size())) {
                int unionFrom = Math.min(from, span.start());
                int unionTo = Math.max(to, span.end());
                if (unionTo - unionFrom <= maxChars) {
                    from = unionFrom;
                    to = unionTo;
                }
            }
        }
        int context = Math.max(0, maxChars - (to - from));
        int start = from - context / 2;
        int end = to + (context - context / 2);
        if (start < 0) {
            end -= start;
            start = 0;
        }
        if (end > text.length()) {
            start = Math.max(0, start - (end - text.length()));
            end = text.length();
        }
        start = snapStart(text, start, from);
        end = snapEnd(text, end, to);
        String prefix = start > 0 ? CUT : "";
        String suffix = end < text.length() ? CUT : "";
        int shift = prefix.length() - start;
        List<Optional<Span>> placed = new ArrayList<>(spans.size());
        for (Span span : spans) {
            boolean inside = span.start() >= start && span.end() <= end;
            placed.add(inside ? Optional.of(new Span(span.start() + shift, span.end() + shift)) : Optional.empty());
        }
        return new Snippet(prefix + text.substring(start, end) + suffix, placed);
    }

    /** Moves a cut start forward to the start of a word, never past {@code limit}. */
    private static int snapStart(String text, int start, int limit) {
        int snapped = start;
        if (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            while (snapped < limit && snapped - start < MAX_WORD_SNAP
                    && !Character.isWhitespace(text.charAt(snapped - 1))) {
                snapped++;
            }
            if (!Character.isWhitespace(text.charAt(snapped - 1)) && snapped != limit) {
                snapped = start;
            }
        }
        while (snapped < limit && Character.isWhitespace(text.charAt(snapped))) {
            snapped++;
        }
        if (snapped > 0 && snapped < text.length() && Character.isLowSurrogate(text.charAt(snapped))
                && Character.isHighSurrogate(text.charAt(snapped - 1))) {
            snapped = snapped < limit ? snapped + 1 : snapped - 1;
        }
        return snapped;
    }

    /** Moves a cut end back to the end of a word, never before {@code limit}. */
    private static int snapEnd(String text, int end, int limit) {
        int snapped = end;
        if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            while (snapped > limit && end - snapped < MAX_WORD_SNAP && !Character.isWhitespace(text.charAt(snapped))) {
                snapped--;
            }
            if (!Character.isWhitespace(text.charAt(snapped)) && snapped != limit) {
                snapped = end;
            }
        }
        while (snapped > limit && Character.isWhitespace(text.charAt(snapped - 1))) {
            snapped--;
        }
        if (snapped > 0 && snapped < text.length() && Character.isLowSurrogate(text.charAt(snapped))
                && Character.isHighSurrogate(text.charAt(snapped - 1))) {
            snapped = snapped > limit ? snapped - 1 : snapped + 1;
        }
        return snapped;
    }
}
