package org.stepin.core.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds UK postcodes ({@code SW1A 1AA}, {@code M1 1AE}; lower case only with the space) and US state
 * codes with a ZIP code ({@code CA 90210}, {@code NY 10001-1234}; capitals only). Ordinals such as
 * "b4 2nd" are not postcodes.
 */
final class PostcodeFinder implements DetailFinder {
    private static final Pattern UK = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]{1,2}+\\d[A-Z\\d]?)(\\s?+)(\\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern US = Pattern.compile(
            "(?<![A-Za-z0-9])(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO"
                    + "|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)"
                    + "\\s{1,2}+\\d{5}+(?:-\\d{4}+)?+(?![A-Za-z0-9-])");

    @Override
    public void find(String text, List<Candidate> out) {
        Matcher uk = UK.matcher(text);
        while (uk.find()) {
            String inward = uk.group(3).toLowerCase(Locale.ROOT);
            boolean ordinal = inward.endsWith("st") || inward.endsWith("nd") || inward.endsWith("rd")
                    || inward.endsWith("th");
            boolean spacedOrCapitals = !uk.group(2).isEmpty() || uk.group().equals(uk.group().toUpperCase(Locale.ROOT));
            if (!ordinal && spacedOrCapitals) {
                out.add(new Candidate(PersonalDetailKind.STREET_ADDRESS, uk.start(), uk.end(), ""));
            }
        }
        Matcher us = US.matcher(text);
        while (us.find()) {
            out.add(new Candidate(PersonalDetailKind.STREET_ADDRESS, us.start(), us.end(), ""));
        }
    }
}
