package org.stepin.core.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds {@code @name} social handles: an {@code @} not preceded by an e-mail local part, then 2 to 30
 * letters, digits, underscores or dots, starting with a letter or underscore (so "@5pm" and "@ home"
 * are not handles). Group mentions such as {@code @everyone} are not personal and are skipped.
 */
final class AtHandleFinder implements DetailFinder {
    private static final int MAX_NAME = 30;
    private static final Set<String> GROUP_MENTIONS = Set.of("everyone", "here", "channel", "all");

    @Override
    public void find(String text, List<Candidate> out) {
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '@' && (i == 0 || !Chars.isLocalPartChar(text.charAt(i - 1)))) {
                i = Math.max(i + 1, scan(text, i, out));
            } else {
                i++;
            }
        }
    }

    private static int scan(String text, int at, List<Candidate> out) {
        int end = at + 1;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        int runEnd = end;
        while (end > at + 1 && text.charAt(end - 1) == '.') {
            end--;
        }
        String name = text.substring(at + 1, end).toLowerCase(Locale.ROOT);
        boolean glued = runEnd < text.length() && Character.isLetterOrDigit(text.charAt(runEnd));
        if (name.length() >= 2 && name.length() <= MAX_NAME && !glued
                && (Chars.isAsciiLetter(name.charAt(0)) || name.charAt(0) == '_')
                && !GROUP_MENTIONS.contains(name)) {
            out.add(new Candidate(PersonalDetailKind.HANDLE, at, end, name));
        }
        return runEnd;
    }

    private static boolean isNameChar(char c) {
        return Chars.isAsciiLetterOrDigit(c) || c == '_' || c == '.';
    }
}
