package org.stepin.core.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * A test case written as text with the expected details between « and », e.g.
 * {@code "call «07700 900123» now"}.
 */
record MarkedText(String text, List<String> expected) {

    static MarkedText parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '«') {
                open = text.length();
            } else if (c == '»') {
                expected.add(text.substring(open));
            } else {
                text.append(c);
            }
        }
        return new MarkedText(text.toString(), expected);
    }

    /** The text of each detail of {@code kind} the scanner finds in {@code text}. */
    static List<String> found(PersonalDetailScanner scanner, String text, PersonalDetailKind kind) {
        return scanner.scan(text).stream()
                .filter(detail -> detail.kind() == kind)
                .map(detail -> text.substring(detail.start(), detail.end()))
                .toList();
    }
}
