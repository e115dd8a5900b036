package org.stepin.core.lexicon;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.stepin.core.text.Analyzer;
import org.stepin.core.text.TextNormalizer;

/**
 * Reads and checks every lexicon file, then freezes them into a {@link Lexicon}: the one place that shows the
 * whole load, in order.
 *
 * <p>Files are UTF-8 with {@code #} comments and {@code |}-separated fields ({@link LexiconFiles}). The
 * {@code normalise/} tables build the analysis chain ({@link NormaliseTables}); category and cue entries are
 * parsed ({@link EntryParser}) and go through that chain as messages do ({@link AnalysedEntries}); the deep
 * tier's word lists are normalised by the finished chain ({@link WordListParser}). Any problem stops loading
 * with a {@link LexiconFormatException} naming file, line and entry: a missing or non-UTF-8 file, a wrong
 * field count, a weight that is not a number in 0.05..1.00, an unknown tag, a phrase with no words, a
 * duplicate, a category entry made only of identity words, or a word-list entry that is not one word. Not
 * thread-safe; use one loader per load.
 */
public final class LexiconLoader {
    /** The file with the human version string. */
    public static final String PROPERTIES = "lexicon.properties";
    /** Slang and contraction expansions. */
    public static final String SLANG = "normalise/slang.txt";
    /** Emoji names. */
    public static final String EMOJI = "normalise/emoji.txt";
    /** Irregular lemmas. */
    public static final String LEMMAS = "normalise/lemmas.txt";
    /** Identity words that must never be a risk entry on their own. */
    public static final String IDENTITY_TERMS = "context/identity_terms.txt";

    private final LexiconFiles files;
    private final int maxChars;
    private final int maxTokens;

    /** A loader with the default analysis caps. */
    public LexiconLoader(LexiconSource source) {
        this(source, TextNormalizer.DEFAULT_MAX_CHARS, Analyzer.DEFAULT_MAX_TOKENS);
    }

    /** A loader whose analysis chain caps messages at these sizes. */
    public LexiconLoader(LexiconSource source, int maxChars, int maxTokens) {
        this.files = new LexiconFiles(requireNonNull(source, "source"));
        this.maxChars = maxChars;
        this.maxTokens = maxTokens;
    }

    /**
     * Loads and checks every file.
     *
     * @throws LexiconFormatException naming the file, line and entry at fault
     */
    public Lexicon load() {
        String versionName = versionName();
        NormaliseTables tables = NormaliseTables.read(files, maxChars, maxTokens);
        List<RawEntry> raw = new ArrayList<>();
        for (Category category : Category.values()) {
            raw.addAll(EntryParser.parse(files, category));
        }
        for (CueKind cue : CueKind.values()) {
            raw.addAll(EntryParser.parse(files, cue));
        }
        Set<String> identityTerms = identityTerms();
        AnalysedEntries analysed = AnalysedEntries.of(tables, raw, identityTerms, maxChars, maxTokens);
        Map<WordList, WordSet> words = new EnumMap<>(WordList.class);
        for (WordList list : WordList.values()) {
            words.put(list, WordListParser.parse(files, list, analysed.analyzer()));
        }
        return new Lexicon(new LexiconVersion(versionName, files.contentHash()), analysed.analyzer(),
                analysed.entries(), identityTerms, words);
    }

    private String versionName() {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(files.text(PROPERTIES)));
        } catch (IOException | IllegalArgumentException e) {
            throw new LexiconFormatException(PROPERTIES, 0, null, "not a properties file: " + e.getMessage());
        }
        String version = properties.getProperty("version", "").trim();
        if (!version.matches("[0-9A-Za-z][0-9A-Za-z.\\-]*")) {
            throw new LexiconFormatException(PROPERTIES, 0, "version=" + version,
                    "version must be letters, digits, dots and dashes");
        }
        return version;
    }

    private Set<String> identityTerms() {
        Set<String> terms = new HashSet<>();
        for (LexiconLine line : files.lines(IDENTITY_TERMS)) {
            String[] fields = line.fields(1, 1);
            if (!fields[0].matches("[a-z'\\-]+")) {
                throw line.error("identity term must be one lowercase word");
            }
            terms.add(fields[0]);
        }
        return terms;
    }
}
