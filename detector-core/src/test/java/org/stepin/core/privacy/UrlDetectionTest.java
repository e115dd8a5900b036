package org.stepin.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlDetectionTest {
    private final PersonalDetailScanner scanner = PersonalDetailScanner.create();

    @ParameterizedTest
    @ValueSource(strings = {
            "«https://example.com/path».",
            "«http://foo.org»",
            "see «www.bbc.co.uk»",
            "«example.com/path»",
            "«bit.ly/xyz»",
            "«wa.me/447700900123»",
            "«t.me/name»",
            "«discord.gg/abc»",
            "(see «https://en.wikipedia.org/wiki/Foo_(bar)»)",
            "«https://example.com/a?b=c&d=e#top»!",
            "«Example.COM»",
            "go to «instagram.com/jenny_22»,",
            "«https://localhost:8080/x»",
            "«youtu.be/dQw4w9WgXcQ»",
            "«sub.domain.example.org»",
            "«http://192.168.0.1/admin»",
            "«www.example.xyz/page»...",
            "'«example.io»'"
    })
    void findsWebAddresses(String marked) {
        MarkedText example = MarkedText.parse(marked);
        assertThat(example.expected()).isNotEmpty();
        assertThat(MarkedText.found(scanner, example.text(), PersonalDetailKind.URL))
                .as(example.text())
                .containsExactlyElementsOf(example.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "done.me too",
            "I did it.It was fine",
            "e.g. this",
            "i.e. that",
            "photo.jpg",
            "3.14",
            "node.js",
            "ok.so",
            "at 9 a.m. sharp",
            "name@gmail.com",
            "www",
            "http://",
            "example.c",
            "1.2.3.4",
            "hello. com",
            "end.Then",
            "readme.txt"
    })
    void ignoresTextThatIsNotAUrl(String text) {
        assertThat(MarkedText.found(scanner, text, PersonalDetailKind.URL)).as(text).isEmpty();
    }
}
