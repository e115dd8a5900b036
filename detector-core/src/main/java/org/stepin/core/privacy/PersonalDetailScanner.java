package org.stepin.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds personal details in the original text of a message: phone numbers, e-mail addresses,
 * handles, URLs and street addresses. The one place that wires the finders: each proposes
 * candidates, the longest of overlapping candidates wins, and details that are the agency's own
 * ({@link AgencyDetails}) are left out of the result rather than flagged, so that neither the
 * boundary check nor the masker treats the organisation's contact details as personal.
 *
 * <p>Safe on any string (unpaired surrogates, 10 kB and more): every finder is linear in the text
 * length. Immutable and thread-safe.
 */
public final class PersonalDetailScanner {
    private static final List<DetailFinder> FINDERS = List.of(
            new EmailFinder(), new UrlFinder(), new PhoneFinder(), new AtHandleFinder(),
            new PlatformHandleFinder(), new StreetAddressFinder(), new PostcodeFinder());

    private final AgencyDetails agency;

    private PersonalDetailScanner(AgencyDetails agency) {
        this.agency = requireNonNull(agency, "agency");
    }

    /** A scanner that reports every personal detail. */
    public static PersonalDetailScanner create() {
        return new PersonalDetailScanner(AgencyDetails.none());
    }

    /** A scanner like this one that leaves out the agency's own details. */
    public PersonalDetailScanner withAgencyDetails(AgencyDetails agencyDetails) {
        return new PersonalDetailScanner(agencyDetails);
    }

    /** The personal details in {@code text}, sorted by start and not overlapping. */
    public List<PersonalDetail> scan(String text) {
        requireNonNull(text, "text");
        List<Candidate> candidates = new ArrayList<>();
        for (DetailFinder finder : FINDERS) {
            finder.find(text, candidates);
        }
        List<PersonalDetail> details = new ArrayList<>();
        for (Candidate candidate : OverlapResolver.resolve(candidates)) {
            if (!agency.owns(candidate)) {
                details.add(new PersonalDetail(candidate.kind(), candidate.start(), candidate.end()));
            }
        }
        return List.copyOf(details);
    }
}
