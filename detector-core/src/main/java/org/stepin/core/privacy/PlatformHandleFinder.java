package org.stepin.core.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds handles given in words: "my insta is NAME", "add me on snap: NAME", "snapchat: NAME". The
 * detail is the NAME alone. A plain word as NAME ("my insta is private", "my tiktok is blowing up")
 * is rejected when it is a common word or when more words follow; a NAME with digits, {@code _},
 * {@code .} or {@code #} is taken after any lead-in. Bounded, possessive quantifiers only.
 */
final class PlatformHandleFinder implements DetailFinder {
    private static final String S = "\\s{1,3}+";
    private static final String LEAD = "(?:my|add" + S + "me" + S + "on|follow" + S + "me" + S + "on|dm" + S + "me"
            + S + "on|message" + S + "me" + S + "on|find" + S + "me" + S + "on|hmu" + S + "on|i'?m" + S + "on)";
    private static final String PLATFORM = "(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tik\\s?tok|discord|whats\\s?app"
            + "|telegram|tg|twitter|kik|twitch|facebook|fb|reddit|roblox|xbox|psn|steam)";
    private static final String NOUN = "(?:user\\s?name|handle|name|account|acc|id|tag)";
    private static final String SEPARATOR = "(is\\b|it'?s\\b|:|-|=)";
    private static final Pattern HANDLE = Pattern.compile(
            "\\b(?:" + LEAD + S + PLATFORM + "\\b(?:" + S + NOUN + "\\b)?+(?:\\s{0,3}+" + SEPARATOR + ")?+"
                    + "|" + PLATFORM + "\\b(?:" + S + NOUN + "\\b)?+\\s{0,3}+(:))"
                    + "\\s{0,3}+(@?+)([A-Za-z0-9_.#]{2,32}+)(?![A-Za-z0-9_.#@])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAIL = Pattern.compile(
            "\\s*+(?:$|[^\\sA-Za-z0-9]|(?:lol|lmao|btw|x+|pls|please|and|or|add|follow|dm|hmu|on)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> COMMON_WORDS = Set.of(
            "is", "the", "a", "an", "and", "or", "but", "so", "not", "private", "public", "down", "dead",
            "deleted", "banned", "hacked", "broken", "blocked", "gone", "new", "old", "on", "off", "in", "at",
            "to", "too", "for", "me", "my", "you", "your", "it", "its", "this", "that", "there", "here", "now",
            "later", "tonight", "tomorrow", "today", "rn", "pls", "please", "lol", "lmao", "haha", "ok", "okay",
            "yes", "no", "yeah", "nah", "same", "still", "also", "just", "really", "very", "literally", "kinda",
            "bro", "sis", "babe", "if", "when", "because", "cuz", "coz", "cause", "was", "are", "got", "has",
            "had", "will", "would", "can", "cant", "dont", "isnt", "wasnt", "full", "empty", "boring", "lit",
            "dry", "mid", "trash", "fire", "getting", "being", "where", "what", "who", "why", "how", "like",
            "with", "about", "again", "back", "than", "then", "only", "always", "never");

    @Override
    public void find(String text, List<Candidate> out) {
        Matcher matcher = HANDLE.matcher(text);
        while (matcher.find()) {
            int start = matcher.start(4);
            int end = matcher.end(4);
            while (end > start && text.charAt(end - 1) == '.') {
                end--;
            }
            String name = text.substring(start, end).toLowerCase(Locale.ROOT);
            boolean separated = matcher.group(2) != null || matcher.group(1) != null;
            boolean marked = !matcher.group(3).isEmpty();
            if (end - start >= 2 && accepts(name, separated, marked, text, end)) {
                out.add(new Candidate(PersonalDetailKind.HANDLE, start, end, name));
            }
        }
    }

    private static boolean accepts(String name, boolean separated, boolean marked, String text, int end) {
        if (COMMON_WORDS.contains(name)) {
            return false;
        }
        boolean handleLike = marked || name.chars().anyMatch(c -> Chars.isDigit((char) c) || "_.#".indexOf(c) >= 0);
        if (handleLike) {
            return true;
        }
        return separated && TAIL.matcher(text).region(end, text.length()).lookingAt();
    }
}
