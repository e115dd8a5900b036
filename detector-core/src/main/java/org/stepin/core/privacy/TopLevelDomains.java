package org.stepin.core.privacy;

import java.util.Locale;
import java.util.Set;

/**
 * The top-level domains that make a bare word like {@code example.com} a web address. Domains that
 * are also common English words ({@code me}, {@code to}, {@code it}) only count with a path, as in
 * {@code t.me/name}, so "done.me too" is not a URL.
 */
final class TopLevelDomains {
    private static final Set<String> STANDALONE = Set.of(
            "com", "org", "net", "edu", "gov", "uk", "io", "co", "ly", "gg", "tv", "app", "dev", "info",
            "biz", "xyz", "de", "fr", "nl", "ie", "ca", "au", "nz", "eu", "ch", "se", "dk", "pl", "ru",
            "jp", "cn", "br", "ai", "link", "site", "online", "live", "blog", "ws", "cc", "fm", "social");
    private static final Set<String> WITH_PATH_ONLY = Set.of(
            "me", "to", "in", "it", "be", "us", "at", "no", "so", "my", "do", "am", "is", "go", "es",
            "id", "la", "sh");

    private TopLevelDomains() {
    }

    /** True when a bare domain ending in {@code tld} is a web address even without a path. */
    static boolean standalone(String tld) {
        return STANDALONE.contains(tld.toLowerCase(Locale.ROOT));
    }

    /** True when a bare domain ending in {@code tld} is a web address when a path follows it. */
    static boolean withPath(String tld) {
        String lower = tld.toLowerCase(Locale.ROOT);
        return STANDALONE.contains(lower) || WITH_PATH_ONLY.contains(lower);
    }
}
