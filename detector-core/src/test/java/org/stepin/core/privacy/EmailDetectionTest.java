package org.stepin.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDetectionTest {
    private final PersonalDetailScanner scanner = PersonalDetailScanner.create();

    @ParameterizedTest
    @ValueSource(strings = {
            "«name@gmail.com»",
            "mail «jo.smith+tag@example.co.uk» pls",
            "«name at gmail dot com»",
            "«name [at] gmail [dot] com»",
            "«name(at)gmail.com»",
            "«name (at) gmail (dot) com»",
            "«NAME AT GMAIL DOT COM»",
            "«first_last@sub.domain.org».",
            "(«a.b@c.io»)",
            "«x99@hotmail.co.uk», thanks",
            "«name{at}yahoo{dot}com»",
            "«name @ gmail.com»",
            "email: «jenny-22@outlook.com»!",
            "«name at outlook dot co dot uk»",
            "«user%x@example.net»",
            "two «a@b.com» and «c@d.org»",
            "«name [at] gmail.com»"
    })
    void findsEmailAddresses(String marked) {
        MarkedText example = MarkedText.parse(marked);
        assertThat(example.expected()).isNotEmpty();
        assertThat(MarkedText.found(scanner, example.text(), PersonalDetailKind.EMAIL))
                .as(example.text())
                .containsExactlyElementsOf(example.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "look at google.com",
            "meet me at school.",
            "follow @jenny_22",
            "name@localhost",
            "I'm at home dot",
            "name@gmail",
            "name@gmail.c",
            "at 5 dot 30",
            "me at school.Then we left",
            "prices @ £5",
            "a @ b",
            "name@123.456",
            "see you at the game dot dot dot",
            "@@@",
            "email me later",
            "name at gmail dot notatld"
    })
    void ignoresTextThatIsNotAnEmail(String text) {
        assertThat(MarkedText.found(scanner, text, PersonalDetailKind.EMAIL)).as(text).isEmpty();
    }
}
