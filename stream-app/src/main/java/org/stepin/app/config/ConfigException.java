package org.stepin.app.config;

/** A configuration value that cannot be used; the message starts with the key. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    /** A bad value for {@code key}, explained by {@code problem}. */
    public ConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    /** The configuration key at fault. */
    public String key() {
        return key;
    }
}
