package org.stepin.app.evaluate.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PythonListLiteralTest {
    @Test
    void shouldReadSingleAndDoubleQuotedItems() {
        assertThat(PythonListLiteral.parse("['a', \"b\" ,'c']")).containsExactly("a", "b", "c");
        assertThat(PythonListLiteral.parse(" [ ] ")).isEmpty();
        assertThat(PythonListLiteral.parse("['only',]")).containsExactly("only");
    }

    @Test
    void shouldKeepQuotesOfTheOtherKindAndCommasAndBracketsInsideItems() {
        assertThat(PythonListLiteral.parse("[\"it's, like ]\", 'he said \"no\" [twice]']"))
                .containsExactly("it's, like ]", "he said \"no\" [twice]");
    }

    @Test
    void shouldUndoEscapes() {
        String literal = "['it\\'s', \"a \\\"quote\\\"\", 'back\\\\slash', 'line\\nbreak\\ttab', "
                + "'\\x41\\u00e9\\U0001F600', 'keep \\d as is']";
        assertThat(PythonListLiteral.parse(literal)).containsExactly("it's", "a \"quote\"", "back\\slash",
                "line\nbreak\ttab", "A\u00e9\uD83D\uDE00", "keep \\d as is");
    }

    @Test
    void shouldJoinAdjacentLiteralsAndKeepRawLineBreaks() {
        assertThat(PythonListLiteral.parse("['one' \"two\", 'multi\nline']")).containsExactly("onetwo",
                "multi\nline");
    }

    @Test
    void shouldKeepWhatWasReadWhenTheLiteralIsCutOff() {
        assertThat(PythonListLiteral.parseTruncated("['one', 'tw")).isEqualTo(
                new PythonListLiteral.Parsed(java.util.List.of("one", "tw"), true));
        assertThat(PythonListLiteral.parseTruncated("['one', ")).isEqualTo(
                new PythonListLiteral.Parsed(java.util.List.of("one"), true));
        assertThat(PythonListLiteral.parseTruncated("['a\\")).isEqualTo(
                new PythonListLiteral.Parsed(java.util.List.of("a"), true));
        assertThat(PythonListLiteral.parseTruncated("['one']").cut()).isFalse();
        assertThatThrownBy(() -> PythonListLiteral.parseTruncated("['a', 7")).hasMessageContaining("quoted");
    }

    @Test
    void shouldRejectWhatIsNotAListOfStrings() {
        assertThatThrownBy(() -> PythonListLiteral.parse("['unclosed"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closing '");
        assertThatThrownBy(() -> PythonListLiteral.parse("[1, 2]"))
                .hasMessageContaining("expected a quoted string");
        assertThatThrownBy(() -> PythonListLiteral.parse("['a' 'b' x]")).hasMessageContaining("','");
        assertThatThrownBy(() -> PythonListLiteral.parse("['a'] extra")).hasMessageContaining("after");
        assertThatThrownBy(() -> PythonListLiteral.parse("['\\xZZ']")).hasMessageContaining("escape");
        assertThatThrownBy(() -> PythonListLiteral.parse("")).hasMessageContaining("ended before");
    }
}
