package org.stepin.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScannerRulesTest {
    private static final AgencyDetails AGENCY = new AgencyDetails(
            Set.of("@StepIn.org"), Set.of("020 7946 0000"), Set.of("@StepIn_Youth"), Set.of("https://www.stepin.org/"));
    private final PersonalDetailScanner scanner = PersonalDetailScanner.create();
    private final PersonalDetailScanner agencyAware = scanner.withAgencyDetails(AGENCY);

    private static List<String> texts(List<PersonalDetail> details, String text) {
        return details.stream().map(d -> d.kind() + " " + text.substring(d.start(), d.end())).toList();
    }

    @Test
    void shouldPreferTheLongestDetailWhenTheyOverlap() {
        String text = "mail jo@example.com or see medium.com/@jenny_x or wa.me/447700900123";
        assertThat(texts(scanner.scan(text), text)).containsExactly(
                "EMAIL jo@example.com", "URL medium.com/@jenny_x", "URL wa.me/447700900123");
    }

    @Test
    void shouldReturnDetailsSortedByStart() {
        String text = "12 Baker Street, @jenny_x, 07700 900123, a@b.com";
        assertThat(scanner.scan(text)).extracting(PersonalDetail::kind).containsExactly(
                PersonalDetailKind.STREET_ADDRESS, PersonalDetailKind.HANDLE, PersonalDetailKind.PHONE,
                PersonalDetailKind.EMAIL);
    }

    @Test
    void shouldLeaveOutTheAgencyPhoneInAnyFormat() {
        String text = "call us on +44 20 7946 0000 or 0044 (0)20 7946 0000 or 02079460000, not 07700 900123";
        assertThat(texts(agencyAware.scan(text), text)).containsExactly("PHONE 07700 900123");
        assertThat(scanner.scan(text)).hasSize(4);
    }

    @Test
    void shouldLeaveOutAgencyEmailsUrlsAndHandles() {
        String text = "help@stepin.org, team@youth.stepin.org, www.stepin.org/help, @stepin_youth, "
                + "my insta is StepIn_Youth; jo@gmail.com, stepin.org.evil.com, @jenny_x";
        assertThat(texts(agencyAware.scan(text), text)).containsExactly(
                "EMAIL jo@gmail.com", "URL stepin.org.evil.com", "HANDLE @jenny_x");
    }

    @Test
    void shouldNotTakeANumberThatOnlyEndsLikeTheAgencyNumber() {
        assertThat(AgencyDetails.samePhone("02079460000", "442079460000")).isTrue();
        assertThat(AgencyDetails.samePhone("02079460000", "1234442079460000")).isFalse();
        assertThat(AgencyDetails.samePhone("9460000", "79460000")).isFalse();
    }

    @Test
    void shouldNormaliseAndValidateAgencyDetails() {
        assertThat(AGENCY.emailDomains()).containsExactly("stepin.org");
        assertThat(AGENCY.phoneNumbers()).containsExactly("02079460000");
        assertThat(AGENCY.handles()).containsExactly("stepin_youth");
        assertThat(AGENCY.urlDomains()).containsExactly("stepin.org");
        assertThatThrownBy(() -> new AgencyDetails(Set.of(" "), Set.of(), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("emailDomains");
        assertThatThrownBy(() -> new AgencyDetails(Set.of(), Set.of("call us"), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("call us");
    }

    @Test
    void shouldScanHostileTenKilobyteMessagesQuickly() {
        List<String> hostile = List.of("1-".repeat(5000), "a@".repeat(5000), "a.".repeat(5000), "@".repeat(10000),
                "1 ".repeat(5000), "my snap is ".repeat(900), "9".repeat(10000),
                "x.com/".repeat(1700) + ")".repeat(2000),
                "12 a ".repeat(2000), "name at gmail dot ".repeat(550), "(".repeat(10000), "+1".repeat(5000),
                "sw1a ".repeat(2000), "😀".repeat(5000), "\uD800".repeat(10000));
        long started = System.nanoTime();
        for (String text : hostile) {
            List<PersonalDetail> details = scanner.scan(text);
            Masker.mask(text, details);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertThat(elapsed).as("catastrophic backtracking would take minutes").isLessThan(Duration.ofSeconds(5));
    }
}
