package org.stepin.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandleDetectionTest {
    private final PersonalDetailScanner scanner = PersonalDetailScanner.create();

    @ParameterizedTest
    @ValueSource(strings = {
            "follow «@jenny_22»",
            "«@Jenny.x».",
            "my insta is «jenny»",
            "my snap is «jen.x»",
            "add me on snap: «jenny22»",
            "my snapchat: «jenny_22» lol",
            "my tiktok is «jenny.dances»",
            "my discord is «jenny#1234»",
            "my ig: «@jenny»",
            "insta: «jenny_22»",
            "add me on whatsapp «jenny_99»",
            "my telegram username is «jenny»",
            "hmu on snap «jenny.x»",
            "my insta is «jenny» and my snap is «jen.x»",
            "MY INSTA IS «JENNY»!",
            "dm me on insta «@jenny.x»",
            "(«@jenny»)",
            "my snap name is «jenny_x»"
    })
    void findsHandles(String marked) {
        MarkedText example = MarkedText.parse(marked);
        assertThat(example.expected()).isNotEmpty();
        assertThat(MarkedText.found(scanner, example.text(), PersonalDetailKind.HANDLE))
                .as(example.text())
                .containsExactlyElementsOf(example.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "name@gmail.com",
            "see you @ 5",
            "meet @5pm",
            "@everyone listen",
            "my insta is private",
            "my snap is down",
            "my tiktok is blowing up",
            "add me on snap later",
            "my insta",
            "my ig is so boring",
            "I love snapchat",
            "@",
            "email@",
            "add me on snap tonight",
            "my discord is dead",
            "a@b",
            "hi @a"
    })
    void ignoresTextThatIsNotAHandle(String text) {
        assertThat(MarkedText.found(scanner, text, PersonalDetailKind.HANDLE)).as(text).isEmpty();
    }
}
