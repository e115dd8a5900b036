package org.stepin.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepin.core.train.LabelledMessage;
import org.stepin.core.train.SeedCorpus;

/**
 * The strict scanner masks at least what the evaluation report's own regexes masked before it used
 * this package (kept here as the oracle), and leaves the pipeline's precise scanner as it was.
 */
class StrictScannerTest {
    /** The report's former masker: URLs, e-mail addresses, @handles and every run of digits. */
    private static final List<Pattern> REPORT_REGEXES = List.of(
            Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+"), Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
            Pattern.compile("(?<![\\w@])@\\w+"), Pattern.compile("\\d+"));
    private final PersonalDetailScanner strict = PersonalDetailScanner.strict();

    private static String masked(PersonalDetailScanner scanner, String text) {
        return Masker.mask(text, scanner.scan(text)).text();
    }

    /** True when every char the report's regexes matched in {@code text} lies in one of {@code details}. */
    private static boolean coversTheReportRegexes(String text, List<PersonalDetail> details) {
        boolean[] masked = new boolean[text.length()];
        details.forEach(detail -> Arrays.fill(masked, detail.start(), detail.end(), true));
        for (Pattern pattern : REPORT_REGEXES) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                for (int i = matcher.start(); i < matcher.end(); i++) {
                    if (!masked[i]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Test
    void shouldMaskEveryKindWithItsPlaceholder() {
        assertThat(masked(strict, "I'm 14. Mail jo.k@example.com or ring 07700 900123, insta @jo_k22, see"
                + " https://example.com/me?x=1 or my snap is jo.k2; 12 Baker Street, London NW1 6XE"))
                .isEqualTo("I'm [number]. Mail [email] or ring [phone], insta [handle], see [url] or my snap is"
                        + " [handle]; [address], London [address]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RT @80sbaby4life: so true",
            "so true\" -@Kevin_Gates",
            "Primo Levihttp://www.libertyinnorthkorea.org/Dealing with it",
            "shit...http://youtu.be/Thls_tMuFkc",
            "write to _jess@mail.com",
            "mail me at jess@host.c0m",
            "see you @5pm @everyone",
            "born 12/03/2009, id 100046729, room 4"
    })
    void shouldMaskWhatThePreciseScannerLeavesInEverydayText(String text) {
        assertThat(coversTheReportRegexes(text, PersonalDetailScanner.create().scan(text))).isFalse();
        assertThat(coversTheReportRegexes(text, strict.scan(text))).as(text).isTrue();
        assertThat(masked(strict, text)).as(text).doesNotContainPattern("[0-9]").doesNotContain("@");
    }

    @Test
    void shouldMaskEverythingTheReportRegexesMaskedInTheSeedCorpus() {
        for (LabelledMessage message : SeedCorpus.packaged().messages()) {
            assertThat(coversTheReportRegexes(message.text(), strict.scan(message.text()))).as(message.text())
                    .isTrue();
        }
    }

    @Property(tries = 2000)
    void masksEverythingTheReportRegexesMaskedAndEveryDigit(@ForAll("chatLike") String text) {
        List<PersonalDetail> details = strict.scan(text);
        int previousEnd = 0;
        for (PersonalDetail detail : details) {
            assertThat(detail.start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = detail.end();
        }
        assertThat(previousEnd).isLessThanOrEqualTo(text.length());
        assertThat(coversTheReportRegexes(text, details)).isTrue();
        assertThat(masked(strict, text)).doesNotContainPattern("[0-9]");
    }

    @Property(tries = 1000)
    void coversEveryDetailThePreciseScannerFinds(@ForAll("chatLike") String text) {
        List<PersonalDetail> details = strict.scan(text);
        for (PersonalDetail precise : PersonalDetailScanner.create().scan(text)) {
            assertThat(details).anyMatch(detail -> detail.start() <= precise.start() && detail.end() >= precise.end());
        }
    }

    @Test
    void shouldKeepTheAgencyDetailsOutAsThePreciseScannerDoes() {
        AgencyDetails agency = new AgencyDetails(Set.of("stepin.org"), Set.of("020 7946 0000"), Set.of("@StepIn_Youth"),
                Set.of("stepin.org"));
        String text = "ring 020 7946 0000, help@stepin.org, www.stepin.org/help, @stepin_youth; not @jo_k or"
                + " 07700 900123";
        assertThat(masked(strict.withAgencyDetails(agency), text)).isEqualTo(
                "ring 020 7946 0000, help@stepin.org, www.stepin.org/help, @stepin_youth; not [handle] or [phone]");
    }

    @Property(tries = 1000)
    void anyUnicodeStringIsSafeToScanStrictlyAndMask(@ForAll String text) {
        MaskedText masked = Masker.mask(text, strict.scan(text));
        assertThat(masked.mapSpan(0, text.length())).isEqualTo(new Span(0, masked.text().length()));
    }

    @Test
    void shouldScanHostileLongMessagesQuickly() {
        List<String> hostile = List.of("a".repeat(100_000) + "@", "a@".repeat(50_000), "a.b".repeat(30_000),
                "@a".repeat(50_000), "1".repeat(100_000), "1-".repeat(50_000), "www.".repeat(25_000),
                "http://".repeat(15_000), "a@b.".repeat(25_000), "x.com/".repeat(15_000) + ")".repeat(20_000));
        long started = System.nanoTime();
        for (String text : hostile) {
            Masker.mask(text, strict.scan(text));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        assertThat(elapsed).as("quadratic scanning of 100 kB would take minutes").isLessThan(Duration.ofSeconds(5));
    }

    @Provide
    Arbitrary<String> chatLike() {
        Arbitrary<String> pieces = Arbitraries.of(
                "07700 900123", "(555) 123-4567", "2024-05-01", "10:30", "£12.50", "12345", "a@b.com", "_a@b.c0",
                "name at gmail dot com", "@jenny_x", "@80s", "-@x", "@@y", "my snap is ", "www.x.com", "bit.ly/q",
                "https://e.org/(a)", "http://", "xhttp://y", "12 Baker Street", "SW1A 1AA", " ", "  ", ".", ",", "-",
                "(", ")", "@", "+", "/", ":", "😀", "\uD83D", "\u200B", "lol", "x", "9", "st", "road", "\n", "\"");
        return pieces.list().ofMaxSize(25).map(list -> String.join("", list));
    }
}
