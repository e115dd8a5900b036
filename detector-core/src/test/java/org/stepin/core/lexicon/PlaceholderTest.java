package org.stepin.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceholderTest {
    @Test
    void countsTenOrMoreInDigits() {
        assertThat(Placeholder.isMany("10")).isTrue();
        assertThat(Placeholder.isMany("20")).isTrue();
        assertThat(Placeholder.isMany("100000")).isTrue();
        assertThat(Placeholder.isMany("9")).isFalse();
        assertThat(Placeholder.isMany("2")).isFalse();
        assertThat(Placeholder.isMany("09")).isFalse();
    }

    @Test
    void countsTenOrMoreInWords() {
        assertThat(Placeholder.isMany("twenty")).isTrue();
        assertThat(Placeholder.isMany("dozens")).isTrue();
        assertThat(Placeholder.isMany("nine")).isFalse();
        assertThat(Placeholder.isMany("many")).isFalse();
    }

    @Test
    void isNotFooledByWordsWithDigitsOrVeryLongNumbers() {
        assertThat(Placeholder.isMany("20mg")).isFalse();
        assertThat(Placeholder.isMany("4ever")).isFalse();
        assertThat(Placeholder.isMany("07700900123")).isFalse();
        assertThat(Placeholder.isMany("")).isFalse();
    }
}
