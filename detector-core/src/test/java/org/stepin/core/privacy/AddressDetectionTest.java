package org.stepin.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressDetectionTest {
    private final PersonalDetailScanner scanner = PersonalDetailScanner.create();

    @ParameterizedTest
    @ValueSource(strings = {
            "I live at «12 Baker Street»",
            "«221b baker st»",
            "«5 Elm Rd»",
            "«10 Downing St».",
            "«Flat 3, 45 High Road»",
            "«12 Old Kent Road»",
            "«7 Maple Avenue»",
            "«5 Elm Close»",
            "postcode «SW1A 1AA»",
            "«M1 1AE»",
            "«sw1a 1aa»",
            "«CA 90210»",
            "«14 St John's Lane»"
    })
    void findsStreetAddressesAndPostcodes(String marked) {
        MarkedText example = MarkedText.parse(marked);
        assertThat(example.expected()).isNotEmpty();
        assertThat(MarkedText.found(scanner, example.text(), PersonalDetailKind.STREET_ADDRESS))
                .as(example.text())
                .containsExactlyElementsOf(example.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "5 more days",
            "2nd place",
            "I came 3rd place",
            "we walked 5 miles down the road",
            "2 dogs way too many",
            "5 star place",
            "4 times square",
            "a 10 minute drive",
            "b4 2nd",
            "mp3 4me",
            "gr83ab",
            "it's 3 at the place",
            "I'm 15 street smart"
    })
    void ignoresNumbersBeforeCommonWords(String text) {
        assertThat(MarkedText.found(scanner, text, PersonalDetailKind.STREET_ADDRESS)).as(text).isEmpty();
    }
}
