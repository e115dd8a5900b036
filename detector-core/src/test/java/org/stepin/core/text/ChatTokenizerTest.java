package org.stepin.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChatTokenizerTest {
    private final TextNormalizer normalizer = new TextNormalizer(EmojiTable.empty(), 4_096);
    private final ChatTokenizer tokenizer = new ChatTokenizer(512);

    private List<Token> tokens(String text) {
        return tokenizer.tokenize(normalizer.normalize(text));
    }

    @Test
    void shouldKeepInnerApostrophesAndSplitOnSymbols() {
        assertThat(tokens("I don't #care*much")).extracting(Token::form)
                .containsExactly("i", "don't", "care", "much");
    }

    @Test
    void shouldEmitOneBreakForRepeatedSentenceMarks() {
        List<Token> tokens = tokens("no!!! why?? ok");
        assertThat(tokens).extracting(Token::form).containsExactly("no", "!!!", "why", "??", "ok");
        assertThat(tokens.get(1).kind()).isEqualTo(TokenKind.BREAK);
    }

    @Test
    void shouldNotEndASentenceAtADotInsideAHandleOrANumber() {
        List<Token> tokens = tokens("it's dan.outside.work, 3.5 stars. ok");
        assertThat(tokens).extracting(Token::form)
                .containsExactly("it's", "dan", "outside", "work", ",", "3", "5", "stars", ".", "ok");
        assertThat(tokens).filteredOn(token -> token.kind() == TokenKind.BREAK).hasSize(1);
    }

    @Test
    void shouldTreatCommasEllipsesAndSpacedDashesAsPauses() {
        List<Token> tokens = tokens("i just... want - to, die");
        assertThat(tokens).extracting(Token::kind).containsExactly(TokenKind.WORD, TokenKind.WORD, TokenKind.PAUSE,
                TokenKind.WORD, TokenKind.PAUSE, TokenKind.WORD, TokenKind.PAUSE, TokenKind.WORD);
    }

    @Test
    void shouldMapTokenSpansToTheOriginalText() {
        String original = "I  WANT\u200B to";
        List<Token> tokens = tokens(original);
        assertThat(tokens).extracting(token -> original.substring(token.start(), token.end()))
                .containsExactly("I", "WANT", "to");
    }

    @Test
    void shouldStopAtTheTokenCap() {
        assertThat(new ChatTokenizer(3).tokenize(normalizer.normalize("a b c d e"))).hasSize(3);
    }
}
