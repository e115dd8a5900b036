package org.stepin.app.evaluate.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a long post into chat-sized messages: sentences (ending at . ! ? or a line break) packed
 * greedily into chunks of at most {@code maxChars} (a line break between two sentences is kept, as it
 * ends a sentence for the detector too); a longer sentence is cut at a space. Used so that
 * the detector's analysis cap does not hide the tail of a Reddit post, and because a youth's chat comes
 * in short messages. Immutable and thread-safe.
 */
public final class PostChunker {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]*(?:[.!?]+|\\n+|$)");

    private final int maxChars;

    /** A chunker for chunks of at most {@code maxChars} characters. */
    public PostChunker(int maxChars) {
        if (maxChars < 20) {
            throw new IllegalArgumentException("maxChars must be at least 20: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** The chunks of {@code post}, in order, stripped, none blank. */
    public List<String> chunks(String post) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char separator = ' ';
        Matcher matcher = SENTENCE.matcher(post);
        while (matcher.find()) {
            String sentence = matcher.group().strip();
            if (matcher.end() == matcher.start()) {
                if (matcher.end() >= post.length()) {
                    break;
                }
                continue;
            }
            if (sentence.isEmpty()) {
                separator = matcher.group().indexOf('\n') >= 0 ? '\n' : separator;
                continue;
            }
            if (current.length() > 0 && current.length() + 1 + sentence.length() > maxChars) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            while (sentence.length() > maxChars) {
                int cut = sentence.lastIndexOf(' ', maxChars);
                cut = cut <= 0 ? maxChars : cut;
                if (current.length() > 0) {
                    chunks.add(current.toString());
                    current.setLength(0);
                }
                chunks.add(sentence.substring(0, cut).strip());
                sentence = sentence.substring(cut).strip();
            }
            if (!sentence.isEmpty()) {
                if (current.length() > 0) {
                    current.append(separator);
                }
                current.append(sentence);
            }
            separator = matcher.group().endsWith("\n") ? '\n' : ' ';
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return List.copyOf(chunks);
    }
}
