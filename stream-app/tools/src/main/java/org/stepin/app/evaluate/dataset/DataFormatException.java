package org.stepin.app.evaluate.dataset;

/** A data file is not in the format its reader expects; the message names the file and where. */
public final class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error at {@code where} (file, line). */
    public DataFormatException(String where, String problem) {
        super(where + ": " + problem);
    }
}
