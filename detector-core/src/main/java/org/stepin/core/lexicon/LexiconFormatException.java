package org.stepin.core.lexicon;

/**
 * A lexicon file that cannot be used, with the file, line and entry at fault; its message reads
 * {@code categories/abuse.txt:12: weight '1.5' is outside 0.05..1.00 in entry 'he hits me | 1.5'}.
 */
public final class LexiconFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String entry;

    /** A problem with one entry of one file; {@code line} is 0 when it concerns the whole file. */
    public LexiconFormatException(String file, int line, String entry, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem
                + (entry == null || entry.isEmpty() ? "" : " in entry '" + entry + "'"));
        this.file = file;
        this.line = line;
        this.entry = entry;
    }

    /** The file at fault, relative to the lexicon root. */
    public String file() {
        return file;
    }

    /** The line at fault, 1-based; 0 for the whole file. */
    public int line() {
        return line;
    }

    /** The offending entry as written, or null. */
    public String entry() {
        return entry;
    }
}
