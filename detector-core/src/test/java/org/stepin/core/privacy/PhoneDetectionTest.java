package org.stepin.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectionTest {
    private final PersonalDetailScanner scanner = PersonalDetailScanner.create();

    @ParameterizedTest
    @ValueSource(strings = {
            "call me on «+44 7700 900123» tonight",
            "my number is «+1 (555) 123-4567»",
            "«07700 900 123»",
            "text «0612345678» pls",
            "ring «555-123-4567» after school",
            "«555.123.4567»",
            "office is «020 7946 0000».",
            "«+33 6 12 34 56 78»",
            "«06 12 34 56 78»",
            "«(555) 123-4567»",
            "«+447700900123»",
            "it's «07700-900-123»!",
            "tel:«07700900123»",
            "«555 1234» is my home",
            "«+44 (0)7700 900123»",
            "numbers «07700 900123», «07700 900124»",
            "«5551234567»",
            "«0049 30 1234567»",
            "call «07700 900 123»😀",
            "(«07700 900123»)"
    })
    void findsPhoneNumbers(String marked) {
        MarkedText example = MarkedText.parse(marked);
        assertThat(example.expected()).isNotEmpty();
        assertThat(MarkedText.found(scanner, example.text(), PersonalDetailKind.PHONE))
                .as(example.text())
                .containsExactlyElementsOf(example.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "see you on 2024-05-01",
            "see you on 01/05/2024",
            "meet at 10:30",
            "born in 2009",
            "it was £12.50",
            "it costs $1,000",
            "we won 3-2",
            "the code is 12345",
            "I'm 15 and she is 16",
            "version 1.2.3",
            "update to v12.3.45678",
            "battery at 50%",
            "99.9% sure",
            "1,000,000 views",
            "1 000 000 views",
            "I was there from 2009-2015",
            "booked for 20240501",
            "my ip is 192.168.100.200",
            "pi is 3.14159265",
            "scores 21-18 21-15",
            "screen is 1920x1080",
            "zip 12345-6789",
            "1000000 followers",
            "2024-05-01 10:30",
            "01.05.2024",
            "12345678%",
            "10:30-11:45",
            "€1234567"
    })
    void ignoresNumbersThatAreNotPhones(String text) {
        assertThat(MarkedText.found(scanner, text, PersonalDetailKind.PHONE)).as(text).isEmpty();
    }
}
