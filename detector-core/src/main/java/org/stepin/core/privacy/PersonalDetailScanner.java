package org.stepin.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds personal details in the original text of a message: phone numbers, e-mail addresses,
 * handles, URLs and street addresses. The one place that wires the finders: each proposes
 * candidates, the longest of overlapping candidates wins, and details that are the agency's own
 * ({@link AgencyDetails}) are left out of the result rather than flagged, so that neither the
 * boundary check nor the masker treats the organisation's contact details as personal.
 *
 * <p>Two sensitivities. {@link #create()} is precise, for the pipeline: a detail found there raises a
 * boundary flag or hides evidence from a worker, so everyday text ("look at google.com", "@5pm") is
 * kept. {@link #strict()} is for texts shown outside the pipeline, such as the examples of an
 * evaluation report, where hiding too much costs nothing: it adds {@link CatchAllFinder}'s net (any
 * {@code @word}, {@code http(s)://} or {@code www.} address, {@code word@word.word}, and every other run
 * of digits as {@link PersonalDetailKind#NUMBER}) and merges overlapping candidates instead of choosing
 * one, so every char any finder proposed is in a detail.
 *
 * <p>Safe on any string (unpaired surrogates, 10 kB and more): every finder is linear in the text
 * length. Immutable and thread-safe.
 */
public final class PersonalDetailScanner {
    private static final List<DetailFinder> FINDERS = List.of(
            new EmailFinder(), new UrlFinder(), new PhoneFinder(), new AtHandleFinder(),
            new PlatformHandleFinder(), new StreetAddressFinder(), new PostcodeFinder());
    private static final List<DetailFinder> STRICT_FINDERS = Stream.concat(FINDERS.stream(),
            Stream.of(new CatchAllFinder())).toList();

    private final AgencyDetails agency;
    private final boolean strict;

    private PersonalDetailScanner(AgencyDetails agency, boolean strict) {
        this.agency = requireNonNull(agency, "agency");
        this.strict = strict;
    }

    /** The precise scanner the pipeline uses; it reports every personal detail. */
    public static PersonalDetailScanner create() {
        return new PersonalDetailScanner(AgencyDetails.none(), false);
    }

    /** The strict scanner, for texts shown outside the pipeline (see above). */
    public static PersonalDetailScanner strict() {
        return new PersonalDetailScanner(AgencyDetails.none(), true);
    }

    /**
     * A scanner like this one that leaves out the agency's own details; with {@link #strict()}, a merged
     * detail is left out when the candidate that gave it its kind is the agency's.
     */
    public PersonalDetailScanner withAgencyDetails(AgencyDetails agencyDetails) {
        return new PersonalDetailScanner(agencyDetails, strict);
    }

    /** The personal details in {@code text}, sorted by start and not overlapping. */
    public List<PersonalDetail> scan(String text) {
        requireNonNull(text, "text");
        List<Candidate> candidates = new ArrayList<>();
        for (DetailFinder finder : strict ? STRICT_FINDERS : FINDERS) {
            finder.find(text, candidates);
        }
        List<Candidate> disjoint = strict ? OverlapResolver.merge(candidates) : OverlapResolver.resolve(candidates);
        List<PersonalDetail> details = new ArrayList<>();
        for (Candidate candidate : disjoint) {
            if (!agency.owns(candidate)) {
                details.add(new PersonalDetail(candidate.kind(), candidate.start(), candidate.end()));
            }
        }
        return List.copyOf(details);
    }
}
