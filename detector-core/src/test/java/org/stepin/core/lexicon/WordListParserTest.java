package org.stepin.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deep tier's word lists: normalised like a message's words, checked line by line. */
class WordListParserTest {
    @TempDir
    Path root;

    @Test
    void shouldNormaliseWordsAsAMessagesWordsWithoutLemmatisingThem() {
        Lexicon lexicon = new LexiconFixture().with(WordList.SAYING.path(), "# verbs of saying\nSAID\nsays # a form\n")
                .load(root);
        WordSet saying = lexicon.words(WordList.SAYING);
        assertThat(saying.list()).isEqualTo(WordList.SAYING);
        assertThat(saying.words()).containsExactly("said", "says");
        assertThat(saying.contains("say")).isFalse();
        assertThat(saying.person("said")).isEmpty();
    }

    @Test
    void shouldKeepEachWordsPerson() {
        WordSet reflexives = new LexiconFixture().load(root).words(WordList.REFLEXIVES);
        assertThat(reflexives.person("herself")).contains("third");
        assertThat(reflexives.person("myself")).contains("first");
        assertThat(reflexives.person("yourself")).isEmpty();
    }

    @Test
    void shouldRejectAnEntryThatIsNotOneWordNamingFileLineAndEntry() {
        LexiconFixture fixture = new LexiconFixture().with(LexiconLoader.SLANG, "cannot | can not\n")
                .with(WordList.CONTINUING.path(), "# header\nstop\ncannot\n");
        assertThatThrownBy(() -> fixture.load(root))
                .isInstanceOf(LexiconFormatException.class)
                .hasMessage("context/continuing.txt:3: must be one word after normalisation, got 'can not'"
                        + " in entry 'cannot'")
                .satisfies(e -> {
                    LexiconFormatException error = (LexiconFormatException) e;
                    assertThat(error.file()).isEqualTo("context/continuing.txt");
                    assertThat(error.line()).isEqualTo(3);
                    assertThat(error.entry()).isEqualTo("cannot");
                });
    }

    @Test
    void shouldRejectAnEntryWithoutWords() {
        LexiconFixture fixture = new LexiconFixture().with(WordList.CAUSES.path(), "because\n...\n");
        assertThatThrownBy(() -> fixture.load(root))
                .hasMessage("context/causes.txt:2: has no words after normalisation in entry '...'");
    }

    @Test
    void shouldRejectAnUnknownPerson() {
        LexiconFixture fixture = new LexiconFixture().with(WordList.SUBJECT_WORDS.path(), "her | fourth\n");
        assertThatThrownBy(() -> fixture.load(root)).hasMessage("context/subject_words.txt:1: unknown person"
                + " 'fourth' (known: [first, second, third]) in entry 'her | fourth'");
    }

    @Test
    void shouldRejectAPersonListLineWithoutItsPerson() {
        LexiconFixture fixture = new LexiconFixture().with(WordList.REFLEXIVES.path(), "herself\n");
        assertThatThrownBy(() -> fixture.load(root))
                .hasMessageContaining("context/reflexives.txt:1: expected 2 fields separated by ' | ', got 1");
    }

    @Test
    void shouldRejectADuplicateAfterNormalisation() {
        LexiconFixture fixture = new LexiconFixture().with(WordList.ABILITY.path(), "able\nbrave\nABLE\n");
        assertThatThrownBy(() -> fixture.load(root)).hasMessage("context/ability.txt:3: duplicate of line 1"
                + " (same word after normalisation: 'able') in entry 'ABLE'");
    }

    @Test
    void shouldRejectAnEmptyOrMissingList() {
        assertThatThrownBy(() -> new LexiconFixture().with(WordList.CONDITIONAL.path(), "# nothing yet\n").load(root))
                .hasMessage("context/conditional.txt: no entries");
        assertThatThrownBy(() -> new LexiconFixture().without(WordList.NEGATIVE_SUBJECTS.path())
                .load(root.resolve("b"))).hasMessageStartingWith("context/negative_subjects.txt: missing from");
    }

    @Test
    void shouldLoadEveryPackagedListWithTheFormsTheParserSees() {
        Lexicon lexicon = Lexicon.packaged();
        for (WordList list : WordList.values()) {
            assertThat(lexicon.words(list).words()).as(list.id()).isNotEmpty();
            for (String word : lexicon.words(list).words()) {
                assertThat(lexicon.words(list).person(word).isPresent()).as(list.id() + " " + word)
                        .isEqualTo(list.withPerson());
            }
        }
        assertThat(lexicon.words(WordList.SAYING).words()).contains("say", "said", "told");
        assertThat(lexicon.words(WordList.REFLEXIVES).person("themselves")).contains("third");
    }
}
