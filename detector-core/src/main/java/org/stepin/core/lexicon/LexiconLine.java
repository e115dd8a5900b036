package org.stepin.core.lexicon;

/**
 * One non-comment line of a lexicon file, comments stripped; every problem with it is reported through
 * {@link #error}, so the message names its file, line and content.
 *
 * @param file the file, relative to the lexicon root
 * @param number the line number, 1-based
 * @param content the line without its comment, stripped
 */
record LexiconLine(String file, int number, String content) {
    /**
     * The {@code |}-separated fields, each stripped.
     *
     * @throws LexiconFormatException when there are fewer than {@code min} or more than {@code max}
     */
    String[] fields(int min, int max) {
        String[] fields = content.split("\\|", -1);
        if (fields.length < min || fields.length > max) {
            throw error("expected " + (min == max ? String.valueOf(min) : min + " to " + max)
                    + " fields separated by ' | ', got " + fields.length);
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
        }
        return fields;
    }

    /** The exception for {@code problem} on this line. */
    LexiconFormatException error(String problem) {
        return new LexiconFormatException(file, number, content, problem);
    }
}
