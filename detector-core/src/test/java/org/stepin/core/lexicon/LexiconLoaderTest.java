package org.stepin.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconLoaderTest {
    @TempDir
    Path root;

    @Test
    void shouldLoadEntriesThroughTheAnalysisChain() {
        Lexicon lexicon = new LexiconFixture()
                .with(Category.SELF_HARM.path(), "cutting myself | 0.8\n")
                .load(root);
        LexiconEntry entry = lexicon.entries(Category.SELF_HARM).get(0);
        assertThat(entry.phrase()).isEqualTo("cutting myself");
        assertThat(entry.lemmas()).containsExactly("cutting", "myself");
        assertThat(entry.file()).isEqualTo("categories/self_harm.txt");
        assertThat(entry.line()).isEqualTo(1);
        LexiconEntry slang = lexicon.entries(Category.SUICIDAL_IDEATION).get(0);
        assertThat(slang.lemmas()).containsExactly("kill", "myself");
        assertThat(slang.has(Tag.INTENT)).isTrue();
        assertThat(slang.maxGap()).isEqualTo(1);
    }

    @Test
    void shouldVersionByNameAndContentHash() {
        LexiconVersion first = new LexiconFixture().load(root.resolve("a")).version();
        LexiconVersion same = new LexiconFixture().load(root.resolve("b")).version();
        LexiconVersion edited = new LexiconFixture().with(Category.ABUSE.path(), "hits me | 0.7\n")
                .load(root.resolve("c")).version();
        assertThat(first.name()).isEqualTo("9.9.9");
        assertThat(first).isEqualTo(same);
        assertThat(edited.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(first.toString()).matches("9\\.9\\.9\\+sha256\\.[0-9a-f]{12}");
    }

    @Test
    void shouldRejectABadWeightNamingFileLineAndEntry() {
        LexiconFixture fixture = new LexiconFixture().with(Category.ABUSE.path(), "# header\n\nhits me | 1.5\n");
        assertThatThrownBy(() -> fixture.load(root))
                .isInstanceOf(LexiconFormatException.class)
                .hasMessage("categories/abuse.txt:3: weight '1.5' is outside 0.05..1.0 in entry 'hits me | 1.5'")
                .satisfies(e -> {
                    LexiconFormatException error = (LexiconFormatException) e;
                    assertThat(error.file()).isEqualTo("categories/abuse.txt");
                    assertThat(error.line()).isEqualTo(3);
                    assertThat(error.entry()).isEqualTo("hits me | 1.5");
                });
    }

    @Test
    void shouldRejectAWeightThatIsNotANumber() {
        LexiconFixture fixture = new LexiconFixture().with(Category.ABUSE.path(), "hits me | high\n");
        assertThatThrownBy(() -> fixture.load(root)).hasMessageContaining("abuse.txt:1: weight 'high' is not a number");
    }

    @Test
    void shouldRejectUnknownTags() {
        LexiconFixture fixture = new LexiconFixture().with(Category.ABUSE.path(), "hits me | 0.7 | physcal\n");
        assertThatThrownBy(() -> fixture.load(root)).hasMessageContaining("abuse.txt:1: unknown tag 'physcal'");
    }

    @Test
    void shouldRejectWrongFieldCounts() {
        LexiconFixture fixture = new LexiconFixture().with(CueKind.NEGATION.path(), "not | 0.5\n");
        assertThatThrownBy(() -> fixture.load(root))
                .hasMessageContaining("context/negation.txt:1: expected 1 fields separated by ' | ', got 2");
    }

    @Test
    void shouldRejectDuplicatesAfterNormalisation() {
        LexiconFixture fixture = new LexiconFixture().with(Category.ABUSE.path(), "hits me | 0.7\nHITS  me | 0.6\n");
        assertThatThrownBy(() -> fixture.load(root)).hasMessageContaining("abuse.txt:2: duplicate of line 1");
    }

    @Test
    void shouldRejectIdentityWordsAsRiskEntries() {
        LexiconFixture fixture = new LexiconFixture()
                .with(Category.BULLYING.path(), "called me | 0.3\ni am gay | 0.2\n");
        assertThatThrownBy(() -> fixture.load(root))
                .hasMessageContaining("bullying.txt:2: identity words must never be a risk entry on their own");
    }

    @Test
    void shouldAllowIdentityWordsInsideAPhraseAboutHarm() {
        Lexicon lexicon = new LexiconFixture().with(Category.BULLYING.path(), "called me gay | 0.5\n").load(root);
        assertThat(lexicon.entries(Category.BULLYING)).hasSize(1);
    }

    @Test
    void shouldKeepTheCountPlaceholderAsOneLemma() {
        Lexicon lexicon = new LexiconFixture()
                .with(Category.SELF_HARM.path(), "took {many} tablets | 0.8\n{many} cuts | 0.5\n").load(root);
        assertThat(lexicon.entries(Category.SELF_HARM).get(0).lemmas()).containsExactly("took", "{many}", "tablets");
        assertThat(lexicon.entries(Category.SELF_HARM).get(1).lemmas()).containsExactly("{many}", "cuts");
    }

    @Test
    void shouldRejectAnUnknownPlaceholderNamingIt() {
        LexiconFixture fixture = new LexiconFixture().with(Category.SELF_HARM.path(), "took {lots} tablets | 0.8\n");
        assertThatThrownBy(() -> fixture.load(root)).hasMessage("categories/self_harm.txt:1: unknown placeholder"
                + " '{lots}': the only one is {many} in entry 'took {lots} tablets | 0.8'");
    }

    @Test
    void shouldRejectAPhraseThatIsOnlyACount() {
        LexiconFixture fixture = new LexiconFixture().with(Category.SELF_HARM.path(), "{many} | 0.8\n");
        assertThatThrownBy(() -> fixture.load(root))
                .hasMessageContaining("self_harm.txt:1: phrase has no words after normalisation");
    }

    @Test
    void shouldRejectAMissingFile() {
        LexiconFixture fixture = new LexiconFixture().without(CueKind.GAMING.path());
        assertThatThrownBy(() -> fixture.load(root)).hasMessageStartingWith("context/gaming.txt: missing from");
    }

    @Test
    void shouldRejectInvalidUtf8() throws Exception {
        new LexiconFixture().writeTo(root);
        Files.write(root.resolve(Category.ABUSE.path()), new byte[] {'h', 'i', (byte) 0xC3, ' ', '|', ' ', '1', '\n'});
        assertThatThrownBy(() -> new LexiconLoader(LexiconSource.directory(root)).load())
                .hasMessage("categories/abuse.txt: not valid UTF-8");
    }

    @Test
    void shouldRejectMultiCodePointEmoji() {
        LexiconFixture fixture = new LexiconFixture().with(LexiconLoader.EMOJI, "\uD83D\uDC4B\uD83C\uDFFD | wave\n");
        assertThatThrownBy(() -> fixture.load(root))
                .hasMessageContaining("normalise/emoji.txt:1: emoji must be a single");
    }

    @Test
    void shouldRejectSlangThatIsNotOneWord() {
        LexiconFixture fixture = new LexiconFixture().with(LexiconLoader.SLANG, "kill me | kms\n");
        assertThatThrownBy(() -> fixture.load(root))
                .hasMessageContaining("normalise/slang.txt:1: slang must be a single word, got 2");
    }

    @Test
    void shouldRejectABadVersionString() {
        LexiconFixture fixture = new LexiconFixture().with(LexiconLoader.PROPERTIES, "version=\n");
        assertThatThrownBy(() -> fixture.load(root)).hasMessageContaining("lexicon.properties: version must be");
    }

    @Test
    void shouldLoadThePackagedLexicons() {
        Lexicon lexicon = Lexicon.packaged();
        for (Category category : Category.values()) {
            assertThat(lexicon.entries(category)).as(category.id()).isNotEmpty();
        }
        assertThat(lexicon.version().name()).isNotBlank();
    }
}
