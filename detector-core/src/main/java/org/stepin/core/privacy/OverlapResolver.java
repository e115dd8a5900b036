package org.stepin.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps non-overlapping candidates: the longest wins, and on equal length the more specific kind
 * (e-mail, then URL, phone, address, handle). In {@code O(n log n)} for {@code n} candidates.
 */
final class OverlapResolver {
    private static final List<PersonalDetailKind> SPECIFICITY = List.of(
            PersonalDetailKind.EMAIL, PersonalDetailKind.URL, PersonalDetailKind.PHONE,
            PersonalDetailKind.STREET_ADDRESS, PersonalDetailKind.HANDLE);
    private static final Comparator<Candidate> PREFERENCE = Comparator
            .comparingInt(Candidate::length).reversed()
            .thenComparingInt(c -> SPECIFICITY.indexOf(c.kind()))
            .thenComparingInt(Candidate::start);

    private OverlapResolver() {
    }

    /** The winners, sorted by start. */
    static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> byPreference = new ArrayList<>(candidates);
        byPreference.sort(PREFERENCE);
        TreeMap<Integer, Candidate> kept = new TreeMap<>();
        for (Candidate candidate : byPreference) {
            Map.Entry<Integer, Candidate> before = kept.floorEntry(candidate.start());
            Map.Entry<Integer, Candidate> after = kept.ceilingEntry(candidate.start());
            boolean clashesBefore = before != null && before.getValue().end() > candidate.start();
            boolean clashesAfter = after != null && after.getKey() < candidate.end();
            if (!clashesBefore && !clashesAfter) {
                kept.put(candidate.start(), candidate);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
