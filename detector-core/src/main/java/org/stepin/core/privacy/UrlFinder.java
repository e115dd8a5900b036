package org.stepin.core.privacy;

import java.util.List;
import java.util.Locale;

/**
 * Finds web addresses: {@code http(s)://} with any host, {@code www.} hosts, and bare domains that
 * end in a known top-level domain ({@code example.com/path}, {@code bit.ly/xyz}, {@code t.me/name}).
 * Trailing sentence punctuation and an unbalanced closing bracket are left out of the span. Hand
 * written: each char is visited a bounded number of times.
 */
final class UrlFinder implements DetailFinder {
    private static final int MAX_HOST = 253;
    private static final int MAX_URL = 2048;

    @Override
    public void find(String text, List<Candidate> out) {
        int i = 0;
        while (i < text.length()) {
            if (Chars.isAsciiLetterOrDigit(text.charAt(i)) && boundaryBefore(text, i)) {
                i = Math.max(i + 1, scan(text, i, out));
            } else {
                i++;
            }
        }
    }

    private static boolean boundaryBefore(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "([{<\"'*,;!?~".indexOf(before) >= 0
                || (before > 127 && !Character.isLetterOrDigit(before));
    }

    /** Scans one URL candidate at {@code start}, adds it when it passes, returns where to go on. */
    private static int scan(String text, int start, List<Candidate> out) {
        int hostStart = start;
        boolean scheme = false;
        if (text.regionMatches(true, start, "https://", 0, 8)) {
            hostStart = start + 8;
            scheme = true;
        } else if (text.regionMatches(true, start, "http://", 0, 7)) {
            hostStart = start + 7;
            scheme = true;
        }
        int pos = hostStart;
        int labels = 0;
        int lastLabel = pos;
        while (pos - hostStart < MAX_HOST) {
            int labelStart = pos;
            while (pos < text.length() && (Chars.isAsciiLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos == labelStart) {
                break;
            }
            labels++;
            lastLabel = labelStart;
            if (pos + 1 < text.length() && text.charAt(pos) == '.'
                    && Chars.isAsciiLetterOrDigit(text.charAt(pos + 1))) {
                pos++;
            } else {
                break;
            }
        }
        while (pos > lastLabel && text.charAt(pos - 1) == '-') {
            pos--;
        }
        int hostEnd = pos;
        if (labels == 0 || hostEnd == lastLabel) {
            return hostEnd;
        }
        if (pos + 1 < text.length() && text.charAt(pos) == ':' && Chars.isDigit(text.charAt(pos + 1))) {
            pos++;
            while (Chars.digitAt(text, pos) && pos - hostEnd < 6) {
                pos++;
            }
        }
        int pathStart = pos;
        if (pos < text.length() && "/?#".indexOf(text.charAt(pos)) >= 0) {
            pos = pathEnd(text, pos);
        }
        int end = trimTrailing(text, start, pathStart, pos);
        String host = text.substring(hostStart, hostEnd).toLowerCase(Locale.ROOT);
        String tld = text.substring(lastLabel, hostEnd);
        boolean hasPath = end - pathStart > 1;
        if (accepts(host, tld, labels, scheme, hasPath)) {
            String key = host.startsWith("www.") ? host.substring(4) : host;
            out.add(new Candidate(PersonalDetailKind.URL, start, end, key));
        }
        return Math.max(end, hostEnd);
    }

    private static int pathEnd(String text, int from) {
        int pos = from;
        while (pos < text.length() && pos - from < MAX_URL) {
            int cp = text.codePointAt(pos);
            boolean asciiPathChar = cp > ' ' && cp < 127 && "<>\"`{}|\\^".indexOf(cp) < 0;
            if (!asciiPathChar && !(cp >= 127 && Character.isLetterOrDigit(cp))) {
                break;
            }
            pos += Character.charCount(cp);
        }
        return pos;
    }

    /** Drops sentence punctuation and unbalanced closing brackets from the end of the path. */
    private static int trimTrailing(String text, int start, int pathStart, int end) {
        int parens = 0;
        int brackets = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            parens += c == '(' ? 1 : c == ')' ? -1 : 0;
            brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
        }
        int trimmed = end;
        while (trimmed > pathStart) {
            char last = text.charAt(trimmed - 1);
            if (".,;:!?'\"*".indexOf(last) >= 0) {
                trimmed--;
            } else if (last == ')' && parens < 0) {
                parens++;
                trimmed--;
            } else if (last == ']' && brackets < 0) {
                brackets++;
                trimmed--;
            } else {
                break;
            }
        }
        return trimmed;
    }

    private static boolean accepts(String host, String tld, int labels, boolean scheme, boolean hasPath) {
        if (scheme) {
            return true;
        }
        if (labels < 2 || !tld.chars().allMatch(c -> Chars.isAsciiLetter((char) c)) || tld.length() < 2) {
            return false;
        }
        if (host.startsWith("www.")) {
            return true;
        }
        return TopLevelDomains.standalone(tld) || (hasPath && TopLevelDomains.withPath(tld));
    }
}
