package org.stepin.core.lexicon;

import static java.util.Objects.requireNonNull;

/**
 * Which lexicon produced an assessment: the analysts' version string and a hash of the content of
 * every file loaded, so two different edits under one version string never look alike.
 *
 * @param name the human version string from {@code lexicon.properties}
 * @param contentHash hex SHA-256 of the files' paths and bytes
 */
public record LexiconVersion(String name, String contentHash) {

    public LexiconVersion {
        requireNonNull(name, "name");
        requireNonNull(contentHash, "contentHash");
        if (contentHash.length() < 12) {
            throw new IllegalArgumentException("content hash too short: " + contentHash);
        }
    }

    /** {@code name+sha256.<first 12 hex digits>}, e.g. {@code 0.1.0+sha256.3f9a0c12ab45}. */
    @Override
    public String toString() {
        return name + "+sha256." + contentHash.substring(0, 12);
    }
}
