package org.stepin.core.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Parses the lines of a category or cue list into {@link RawEntry raw entries}: {@code phrase | weight | tags}
 * for categories (tags optional), {@code phrase | tags} for tagged cue lists, {@code phrase} for the rest. Checks
 * field counts, weights (a number in 0.05..1.0) and tag names; a list without entries is an error. Stateless.
 */
final class EntryParser {
    private static final double MIN_WEIGHT = 0.05;
    private static final double MAX_WEIGHT = 1.0;

    private EntryParser() {
    }

    /**
     * The entries of {@code list}, in file order.
     *
     * @throws LexiconFormatException naming the file, line and entry at fault
     */
    static List<RawEntry> parse(LexiconFiles files, EntryList list) {
        List<RawEntry> entries = new ArrayList<>();
        boolean tagged = list.weighted() || list instanceof CueKind cue && cue.tagged();
        for (LexiconLine line : files.lines(list.path())) {
            String[] fields;
            double weight = 0;
            Set<Tag> tags = EnumSet.noneOf(Tag.class);
            if (list.weighted()) {
                fields = line.fields(2, 3);
                weight = weight(line, fields[1]);
                if (fields.length == 3) {
                    tags = tags(line, fields[2]);
                }
            } else if (tagged) {
                fields = line.fields(2, 2);
                tags = tags(line, fields[1]);
            } else {
                fields = line.fields(1, 1);
            }
            if (fields[0].isEmpty()) {
                throw line.error("empty phrase");
            }
            entries.add(new RawEntry(list, fields[0], weight, tags, line));
        }
        if (entries.isEmpty()) {
            throw new LexiconFormatException(list.path(), 0, null, "no entries");
        }
        return entries;
    }

    private static double weight(LexiconLine line, String text) {
        double weight;
        try {
            weight = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw line.error("weight '" + text + "' is not a number");
        }
        if (!(weight >= MIN_WEIGHT && weight <= MAX_WEIGHT)) {
            throw line.error("weight '" + text + "' is outside " + MIN_WEIGHT + ".." + MAX_WEIGHT);
        }
        return weight;
    }

    private static Set<Tag> tags(LexiconLine line, String text) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (String id : text.split(",")) {
            String trimmed = id.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                tags.add(Tag.fromId(trimmed));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown tag '" + trimmed + "' (known: "
                        + Arrays.stream(Tag.values()).map(Tag::id).toList() + ")");
            }
        }
        return tags;
    }
}
