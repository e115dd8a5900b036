package org.stepin.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes candidates disjoint. {@link #resolve} keeps the longest of overlapping candidates, and on equal
 * length the more specific kind (e-mail, then URL, phone, address, handle, number); {@link #merge}
 * joins overlapping candidates into one that covers them all. In {@code O(n log n)} for {@code n}
 * candidates.
 */
final class OverlapResolver {
    private static final List<PersonalDetailKind> SPECIFICITY = List.of(
            PersonalDetailKind.EMAIL, PersonalDetailKind.URL, PersonalDetailKind.PHONE,
            PersonalDetailKind.STREET_ADDRESS, PersonalDetailKind.HANDLE, PersonalDetailKind.NUMBER);
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

    /**
     * One candidate per group of overlapping candidates, spanning the whole group, with the kind and key
     * of the group's preferred candidate (as {@link #resolve} prefers), sorted by start. Every char of
     * every candidate lies in a result.
     */
    static List<Candidate> merge(List<Candidate> candidates) {
        List<Candidate> byStart = new ArrayList<>(candidates);
        byStart.sort(Comparator.comparingInt(Candidate::start));
        List<Candidate> merged = new ArrayList<>();
        int i = 0;
        while (i < byStart.size()) {
            Candidate preferred = byStart.get(i);
            int end = preferred.end();
            int j = i + 1;
            while (j < byStart.size() && byStart.get(j).start() < end) {
                Candidate next = byStart.get(j);
                end = Math.max(end, next.end());
                preferred = PREFERENCE.compare(next, preferred) < 0 ? next : preferred;
                j++;
            }
            merged.add(new Candidate(preferred.kind(), byStart.get(i).start(), end, preferred.key()));
            i = j;
        }
        return merged;
    }
}
