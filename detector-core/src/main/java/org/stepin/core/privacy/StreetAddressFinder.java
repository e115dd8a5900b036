package org.stepin.core.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds street addresses: a house number (with an optional letter and an optional "Flat 3," before
 * it), one to three street-name words and an English street type ({@code 12 Baker Street},
 * {@code 221b baker st}, {@code Flat 3, 45 High Road}). Name words that are function words or units
 * ("5 miles down the road") reject the match, and types that are also common words (way, close,
 * place, court, drive, square) need a capitalised name ("5 Elm Close", not "2 dogs way").
 */
final class StreetAddressFinder implements DetailFinder {
    private static final String S = "\\s{1,3}+";
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![A-Za-z0-9])(?:(?:flat|apt|apartment|unit)\\.?+\\s{0,2}+\\d{1,4}+[a-z]?+\\b,?+" + S + ")?+"
                    + "\\d{1,5}+[a-z]?+\\b,?+" + S + "((?:[a-z][a-z'-]{0,24}+" + S + "){1,3}?)"
                    + "(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|crescent|place|terrace"
                    + "|grove|gardens|square|boulevard|blvd)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "at", "to", "in", "on", "of", "by", "for", "from", "my", "your", "his", "her",
            "our", "their", "down", "up", "along", "across", "around", "past", "near", "this", "that", "these",
            "those", "more", "less", "and", "or", "with", "is", "was", "are", "times", "time", "miles", "mile",
            "km", "mins", "min", "minutes", "minute", "hours", "hour", "hrs", "hr", "days", "day", "weeks",
            "week", "months", "month", "years", "year", "people", "kids", "friends", "guys", "girls", "boys",
            "star", "stars", "other", "last", "next", "first", "second", "third", "way", "lol");
    private static final Set<String> COMMON_WORD_TYPES = Set.of("way", "close", "place", "court", "drive", "square");

    @Override
    public void find(String text, List<Candidate> out) {
        Matcher matcher = ADDRESS.matcher(text);
        while (matcher.find()) {
            String[] names = matcher.group(1).trim().split("\\s+");
            String type = matcher.group(2).toLowerCase(Locale.ROOT);
            if (accepts(names, type)) {
                out.add(new Candidate(PersonalDetailKind.STREET_ADDRESS, matcher.start(), matcher.end(), ""));
            }
        }
    }

    private static boolean accepts(String[] names, String type) {
        for (String name : names) {
            if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return !COMMON_WORD_TYPES.contains(type) || Character.isUpperCase(names[0].charAt(0));
    }
}
