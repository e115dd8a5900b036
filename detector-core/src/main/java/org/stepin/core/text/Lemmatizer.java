package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * A dictionary lemmatiser for the hot path (model lemmatisers are ~1,000 times slower): irregular
 * forms come from the lemma lexicon ({@code dying -> die}); regular ones are found by stripping
 * {@code -s, -es, -ies, -ed, -ing} and a possessive {@code 's}, with silent-e restoration and
 * consonant un-doubling, but only when the result is a lexicon word ({@code cutting -> cut},
 * {@code hated -> hate}), even when the inflected form occurs in a phrase itself, so that phrase and
 * message always meet on the base form. So it never invents a lemma nobody matches on, and a word outside the
 * lexicons keeps its form ({@code skilled} stays {@code skilled}). Immutable and thread-safe.
 */
public final class Lemmatizer implements TokenFilter {
    private final WordMap<String> irregular;
    private final Vocabulary vocabulary;

    /** A lemmatiser with these irregular forms that strips suffixes towards this vocabulary. */
    public Lemmatizer(Map<String, String> irregular, Vocabulary vocabulary) {
        this.irregular = WordMap.of(requireNonNull(irregular, "irregular"));
        this.vocabulary = requireNonNull(vocabulary, "vocabulary");
    }

    @Override
    public void apply(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != TokenKind.WORD) {
                continue;
            }
            String lemma = lemma(token.form());
            if (!lemma.equals(token.lemma())) {
                tokens.set(i, token.withLemma(lemma));
            }
        }
    }

    /** The irregular lemma of {@code form}, else {@code form} stripped when that is a lexicon word, else the form. */
    public String lemma(String form) {
        String known = irregular.get(form);
        if (known != null) {
            return known;
        }
        String stripped = strip(form);
        return stripped != null ? stripped : form;
    }

    /** The stem of {@code form} the vocabulary knows, tried in order; looked up without building candidates. */
    private String strip(String form) {
        int n = form.length();
        if (form.endsWith("'s") && n > 2) {
            return known(form, n - 2);
        }
        if ((form.endsWith("ies") || form.endsWith("ied")) && n > 4) {
            return known(form, n - 3, 'y');
        }
        if (form.endsWith("ing") && n > 4) {
            int stem = n - 3;
            String lemma = known(form, stem);
            if (lemma == null) {
                lemma = known(form, stem, 'e');
            }
            return lemma != null ? lemma : undoubled(form, stem);
        }
        if (form.endsWith("ed") && n > 3) {
            int stem = n - 2;
            String lemma = known(form, stem);
            if (lemma == null) {
                lemma = known(form, n - 1);
            }
            return lemma != null ? lemma : undoubled(form, stem);
        }
        if (form.endsWith("es") && n > 3) {
            String stem = known(form, n - 2);
            return stem != null ? stem : known(form, n - 1);
        }
        if (form.endsWith("s") && !form.endsWith("ss") && n > 2) {
            return known(form, n - 1);
        }
        return null;
    }

    /** The first {@code stem} chars of {@code form} with a doubled last letter made single ({@code stopp -> stop}). */
    private String undoubled(String form, int stem) {
        if (stem >= 3 && form.charAt(stem - 1) == form.charAt(stem - 2)) {
            return known(form, stem - 1);
        }
        return null;
    }

    /** The vocabulary's word made of the first {@code length} chars of {@code form}, or null. */
    private String known(String form, int length) {
        return vocabulary.find(form, 0, length, WordIds.NO_SUFFIX);
    }

    /** The vocabulary's word made of the first {@code length} chars of {@code form} and {@code suffix}, or null. */
    private String known(String form, int length, char suffix) {
        return vocabulary.find(form, 0, length, suffix);
    }
}
