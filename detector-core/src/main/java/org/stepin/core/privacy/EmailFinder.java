package org.stepin.core.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses, plain ({@code name@example.com}) and obfuscated ({@code name at gmail dot
 * com}, {@code name [at] gmail [dot] com}, {@code name(at)gmail.com}). An obfuscated address must end
 * in a known top-level domain, and a bare word "at" needs a spelled-out "dot", so "look at
 * google.com" stays a URL. Every quantifier is bounded and possessive: no backtracking blow-up.
 */
final class EmailFinder implements DetailFinder {
    private static final String LOCAL = "[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}+";
    private static final String AT = "@|\\s{0,2}+@\\s{0,2}+|\\s{0,3}+[\\[({]\\s{0,2}+at\\s{0,2}+[\\])}]\\s{0,3}+"
            + "|\\s{1,3}+at\\s{1,3}+";
    private static final String DOT_WORD = "\\s{0,3}+[\\[({]\\s{0,2}+dot\\s{0,2}+[\\])}]\\s{0,3}+"
            + "|\\s{1,3}+dot\\s{1,3}+";
    private static final String LABEL = "[A-Za-z0-9][A-Za-z0-9-]{0,62}+";
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])(" + LOCAL + ")(" + AT + ")(" + LABEL + "(?:(?:\\.|" + DOT_WORD + ")"
                    + LABEL + "){1,6})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPELLED_DOT = Pattern.compile(DOT_WORD, Pattern.CASE_INSENSITIVE);

    @Override
    public void find(String text, List<Candidate> out) {
        Matcher matcher = EMAIL.matcher(text);
        while (matcher.find()) {
            String at = matcher.group(2);
            String rawDomain = matcher.group(3);
            String domain = SPELLED_DOT.matcher(rawDomain).replaceAll(".").toLowerCase(Locale.ROOT);
            boolean spelledDot = SPELLED_DOT.matcher(rawDomain).find();
            boolean plainAt = at.equals("@");
            boolean bareWordAt = at.trim().equalsIgnoreCase("at");
            if (accepts(domain, plainAt && !spelledDot, bareWordAt, spelledDot)) {
                out.add(new Candidate(PersonalDetailKind.EMAIL, matcher.start(), matcher.end(), domain));
            }
        }
    }

    private static boolean accepts(String domain, boolean plain, boolean bareWordAt, boolean spelledDot) {
        String tld = domain.substring(domain.lastIndexOf('.') + 1);
        if (tld.length() < 2 || tld.length() > 24 || !tld.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        if (plain) {
            return true;
        }
        return TopLevelDomains.withPath(tld) && (!bareWordAt || spelledDot);
    }
}
