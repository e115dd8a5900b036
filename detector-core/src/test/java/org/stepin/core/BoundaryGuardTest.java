package org.stepin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.privacy.AgencyDetails;
import org.stepin.core.score.Severity;

class BoundaryGuardTest {
    private static final Detector DETECTOR = Detector.create(Lexicon.packaged());

    @Test
    void aWorkersPersonalNumberIsABoundaryRiskForASupervisor() {
        String text = "call me on 07700 900123 later";
        Assessment assessment = DETECTOR.assess(text, Direction.OUTBOUND);

        assertThat(assessment.severity()).isEqualTo(Severity.MODERATE);
        assertThat(assessment.score(Category.BOUNDARY)).isEqualTo(BoundaryGuard.DETAIL_WEIGHT);
        Evidence evidence = assessment.evidence().get(0);
        assertThat(evidence.entry()).isEqualTo("personal phone");
        assertThat(evidence.source()).isEqualTo(EvidenceSource.CONTACT_DETAIL);
        assertThat(evidence.words(text)).isEqualTo("07700 900123");
        assertThat(evidence.origin()).isEqualTo("privacy:PHONE");
    }

    @Test
    void personalDetailsAddToAnInvitationFoundByTheLexicon() {
        Assessment invitation = DETECTOR.assess("text me on my personal number", Direction.OUTBOUND);
        Assessment withNumber = DETECTOR.assess("text me on my personal number 07700 900123", Direction.OUTBOUND);

        assertThat(withNumber.score(Category.BOUNDARY)).isGreaterThan(invitation.score(Category.BOUNDARY));
        assertThat(withNumber.evidence()).hasSize(invitation.evidence().size() + 1);
    }

    @Test
    void theAgencysOwnDetailsAndEverydayLinksAreNotBoundaryRisks() {
        Detector agencyAware = DETECTOR.withAgencyDetails(
                new AgencyDetails(Set.of("youthagency.org"), Set.of("+44 20 7946 0000"), Set.of(), Set.of()));

        assertThat(agencyAware.assess("call the team on 020 7946 0000 or mail help@youthagency.org",
                Direction.OUTBOUND).severity()).isEqualTo(Severity.NONE);
        assertThat(DETECTOR.assess("the helpline site is www.childline.org.uk, meet at 12 High Street",
                Direction.OUTBOUND).severity()).isEqualTo(Severity.NONE);
        assertThat(DETECTOR.assess("message me here instead wa.me/447700900123", Direction.OUTBOUND)
                .score(Category.BOUNDARY)).isPositive();
    }

    @Test
    void aYoungPersonSharingTheirNumberIsNotABoundaryRisk() {
        assertThat(DETECTOR.assess("my number is 07700 900123", Direction.INBOUND).severity())
                .isEqualTo(Severity.NONE);
    }
}
