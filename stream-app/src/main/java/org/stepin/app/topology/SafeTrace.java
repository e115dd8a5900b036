package org.stepin.app.topology;

/**
 * An exception's class names and stack frames without its messages, which may quote record content (a parser
 * error can echo the text it choked on). Logged in place of the exception itself.
 */
final class SafeTrace extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SafeTrace(Throwable original) {
        super(original.getClass().getName(), original.getCause() == null ? null : new SafeTrace(original.getCause()),
                false, true);
        setStackTrace(original.getStackTrace());
    }
}
