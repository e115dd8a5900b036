package org.stepin.core.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small, valid lexicon folder written for tests; single files can be replaced to break it. */
public final class LexiconFixture {
    private final Map<String, String> files = new LinkedHashMap<>();

    public LexiconFixture() {
        files.put(LexiconLoader.PROPERTIES, "version=9.9.9\n");
        files.put(LexiconLoader.EMOJI, "# emoji\n\uD83D\uDC80 | skull\n\uD83D\uDE02 | joy\n");
        files.put(LexiconLoader.SLANG, "kms | kill myself\ndon't | do not\ni'm | i am\n");
        files.put(LexiconLoader.LEMMAS, "dying | die\n");
        files.put(LexiconLoader.IDENTITY_TERMS, "gay\ntrans\n");
        for (Category category : Category.values()) {
            files.put(category.path(), "# " + category.id() + "\n" + category.id().replace('_', ' ') + " | 0.5\n");
        }
        files.put(Category.SUICIDAL_IDEATION.path(), "# test\nkill myself | 0.9 | intent\nwant to die | 0.9 | intent\n"
                + "end it all | 0.8 | intent # euphemism\nkill me | 0.4\n");
        files.put(Category.PEER_CONCERN.path(), "kill herself | 0.9\n");
        files.put(Category.BULLYING.path(), "called me | 0.3\n");
        files.put(CueKind.RISK_CUE.path(), "tonight | time\npills | means\n");
        files.put(CueKind.NEGATION.path(), "not\nnever\n");
        files.put(CueKind.HYPOTHETICAL.path(), "what if\n");
        files.put(CueKind.FIRST_PERSON.path(), "i\nme\n");
        files.put(CueKind.THIRD_PERSON.path(), "she\nmy friend\n");
        files.put(CueKind.SECOND_PERSON.path(), "you\nyour\n");
        files.put(CueKind.DIRECTIVE.path(), "reach out\n");
        files.put(CueKind.GENERIC.path(), "people\n");
        files.put(CueKind.FIGURATIVE.path(), "is killing me\ndying \uD83D\uDE02\n");
        files.put(CueKind.ACADEMIC.path(), "essay\n");
        files.put(CueKind.REPORTED.path(), "told me to\n");
        files.put(CueKind.PAST.path(), "used to\n");
        files.put(CueKind.GAMING.path(), "fortnite\n");
        files.put(WordList.CONTINUING.path(), "stop\nstopped\n");
        files.put(WordList.ABILITY.path(), "able\n");
        files.put(WordList.SAYING.path(), "said\n");
        files.put(WordList.CAUSES.path(), "because\n");
        files.put(WordList.NEGATIVE_SUBJECTS.path(), "nobody\n");
        files.put(WordList.CONDITIONAL.path(), "if\n");
        files.put(WordList.REFLEXIVES.path(), "myself | first\nherself | third\n");
        files.put(WordList.SUBJECT_WORDS.path(), "her | third\n");
    }

    public LexiconFixture with(String path, String content) {
        files.put(path, content);
        return this;
    }

    public LexiconFixture without(String path) {
        files.remove(path);
        return this;
    }

    public Path writeTo(Path root) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Lexicon load(Path root) {
        return new LexiconLoader(LexiconSource.directory(writeTo(root))).load();
    }
}
