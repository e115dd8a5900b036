package org.stepin.core.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strict scanner's net under the precise finders: anything that may be a personal detail, with
 * none of their care to keep everyday text: any {@code http(s)://} address (even glued to the word
 * before) or {@code www.} address up to the next whitespace, trailing punctuation and all; any
 * {@code word@word.word}; any {@code @word} (also {@code @80sbaby4life}, {@code -@name},
 * {@code @5pm}, {@code @everyone}); and every run of digits, as a {@link PersonalDetailKind#NUMBER}.
 * Only {@link PersonalDetailScanner#strict()} uses it. An address's local part is read back from its
 * {@code @} (local parts hold no {@code @}, so no char is read twice) and every quantifier is
 * possessive: linear in the text length.
 */
final class CatchAllFinder implements DetailFinder {
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|\\bwww\\.)\\S++");
    private static final Pattern EMAIL_DOMAIN = Pattern.compile("@([\\w-]++(?:\\.[\\w-]++)++)");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@(\\w++)");
    private static final Pattern DIGITS = Pattern.compile("\\d++");

    @Override
    public void find(String text, List<Candidate> out) {
        Matcher url = URL.matcher(text);
        while (url.find()) {
            out.add(new Candidate(PersonalDetailKind.URL, url.start(), url.end(), host(url.group())));
        }
        Matcher domain = EMAIL_DOMAIN.matcher(text);
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && isLocalPartChar(text.charAt(start - 1))) {
                start--;
            }
            if (start < at && domain.region(at, text.length()).lookingAt()) {
                out.add(new Candidate(PersonalDetailKind.EMAIL, start, domain.end(),
                        domain.group(1).toLowerCase(Locale.ROOT)));
            }
        }
        Matcher handle = HANDLE.matcher(text);
        while (handle.find()) {
            out.add(new Candidate(PersonalDetailKind.HANDLE, handle.start(), handle.end(),
                    handle.group(1).toLowerCase(Locale.ROOT)));
        }
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            out.add(new Candidate(PersonalDetailKind.NUMBER, digits.start(), digits.end(), ""));
        }
    }

    /** {@code [\w.+-]}: the local part of an address, read back from its {@code @}. */
    private static boolean isLocalPartChar(char c) {
        return Chars.isAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '+' || c == '-';
    }

    /** The lower-case host of a URL without scheme or {@code www.}, as the agency allow-list compares it. */
    private static String host(String url) {
        String rest = url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
        int end = 0;
        while (end < rest.length() && "/?#:".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String host = rest.substring(0, end);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
