package org.stepin.core.lexicon;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.stepin.core.text.Analyzer;
import org.stepin.core.text.EmojiTable;
import org.stepin.core.text.TextNormalizer;
import org.stepin.core.text.Vocabulary;

/**
 * Reads and checks every lexicon file, then freezes them into a {@link Lexicon}.
 *
 * <p>Files are UTF-8 with {@code #} comments and {@code |}-separated fields. Entries go through the
 * same analysis chain as messages, in two passes: a first pass finds the vocabulary (every lemma any
 * phrase uses), the second builds the real chain on it and analyses the phrases again. Any problem
 * stops loading with a {@link LexiconFormatException} naming file, line and entry: a missing or
 * non-UTF-8 file, a wrong field count, a weight that is not a number in 0.05..1.00, an unknown tag,
 * a phrase with no words, a duplicate, or a category entry made only of identity words. Not
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

    private static final double MIN_WEIGHT = 0.05;
    private static final double MAX_WEIGHT = 1.0;
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "i", "am", "a", "an", "the", "is", "are", "be", "being", "was", "my", "me", "so", "very", "really",
            "proud", "to", "and", "or", "of", "as", "person", "people", "kid", "girl", "boy");

    private final LexiconSource source;
    private final int maxChars;
    private final int maxTokens;
    private final Map<String, byte[]> read = new TreeMap<>();

    /** A loader with the default analysis caps. */
    public LexiconLoader(LexiconSource source) {
        this(source, TextNormalizer.DEFAULT_MAX_CHARS, Analyzer.DEFAULT_MAX_TOKENS);
    }

    /** A loader whose analysis chain caps messages at these sizes. */
    public LexiconLoader(LexiconSource source, int maxChars, int maxTokens) {
        this.source = requireNonNull(source, "source");
        this.maxChars = maxChars;
        this.maxTokens = maxTokens;
    }

    /**
     * Loads and checks every file.
     *
     * @throws LexiconFormatException naming the file, line and entry at fault
     */
    public Lexicon load() {
        String versionName = loadVersionName();
        EmojiTable emoji = loadEmoji();
        Map<String, List<String>> slang = loadSlang(emoji);
        Map<String, String> lemmas = loadPairs(LEMMAS);
        List<RawEntry> raw = new ArrayList<>();
        for (Category category : Category.values()) {
            raw.addAll(parseList(category));
        }
        for (CueKind cue : CueKind.values()) {
            raw.addAll(parseList(cue));
        }
        Set<String> identityTerms = loadIdentityTerms();

        Analyzer firstPass = Analyzer.create(emoji, slang, lemmas, Vocabulary.empty(), maxChars, maxTokens);
        Set<String> words = new HashSet<>(lemmas.values());
        for (RawEntry entry : raw) {
            words.addAll(phraseLemmas(firstPass, entry));
        }
        Analyzer analyzer = Analyzer.create(emoji, slang, lemmas, Vocabulary.of(words), maxChars, maxTokens);

        List<LexiconEntry> entries = new ArrayList<>(raw.size());
        Map<String, Integer> seen = new HashMap<>();
        for (RawEntry entry : raw) {
            List<String> entryLemmas = phraseLemmas(analyzer, entry);
            if (entryLemmas.isEmpty() || entryLemmas.equals(List.of(Placeholder.MANY))) {
                throw entry.error("phrase has no words after normalisation");
            }
            String key = entry.list().id() + "\u0000" + String.join(" ", entryLemmas);
            Integer earlier = seen.putIfAbsent(key, entry.line());
            if (earlier != null) {
                throw entry.error("duplicate of line " + earlier + " (same words after normalisation: '"
                        + String.join(" ", entryLemmas) + "')");
            }
            if (entry.list() instanceof Category && isIdentityOnly(entryLemmas, identityTerms)) {
                throw entry.error("identity words must never be a risk entry on their own");
            }
            int gap = entry.tags().contains(Tag.EXACT) ? 0 : entry.list().defaultGap();
            entries.add(new LexiconEntry(entry.list(), entry.phrase(), entryLemmas, entry.weight(), entry.tags(),
                    gap, entry.file(), entry.line()));
        }
        return new Lexicon(new LexiconVersion(versionName, contentHash()), analyzer, entries, identityTerms);
    }

    /**
     * The lemmas of an entry's phrase: each stretch of words goes through the analysis chain as a message
     * would, and a {@link Placeholder#MANY} between them stays itself.
     */
    private static List<String> phraseLemmas(Analyzer analyzer, RawEntry entry) {
        List<String> lemmas = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (String word : entry.phrase().split(" ")) {
            if (word.equals(Placeholder.MANY)) {
                lemmas.addAll(analyzer.lemmas(words.toString()));
                lemmas.add(Placeholder.MANY);
                words.setLength(0);
            } else if (word.indexOf('{') >= 0 || word.indexOf('}') >= 0) {
                throw entry.error("unknown placeholder '" + word + "': the only one is " + Placeholder.MANY);
            } else {
                words.append(word).append(' ');
            }
        }
        lemmas.addAll(analyzer.lemmas(words.toString()));
        return lemmas;
    }

    private static boolean isIdentityOnly(List<String> lemmas, Set<String> identityTerms) {
        boolean anyIdentity = false;
        for (String lemma : lemmas) {
            if (identityTerms.contains(lemma)) {
                anyIdentity = true;
            } else if (!FUNCTION_WORDS.contains(lemma)) {
                return false;
            }
        }
        return anyIdentity;
    }

    private String loadVersionName() {
        String text = readText(PROPERTIES);
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
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

    private EmojiTable loadEmoji() {
        Map<Integer, String> names = new HashMap<>();
        for (Line line : lines(EMOJI)) {
            String[] fields = line.fields(2, 2);
            String symbol = fields[0].replace("\uFE0F", "");
            if (symbol.codePointCount(0, symbol.length()) != 1) {
                throw line.error("emoji must be a single code point (no sequences or skin tones)");
            }
            if (!fields[1].matches("[a-z][a-z_]*")) {
                throw line.error("emoji name must be lowercase letters and underscores");
            }
            if (names.put(symbol.codePointAt(0), fields[1]) != null) {
                throw line.error("duplicate emoji");
            }
        }
        return EmojiTable.of(names);
    }

    private Map<String, List<String>> loadSlang(EmojiTable emoji) {
        Analyzer plain = Analyzer.create(emoji, Map.of(), Map.of(), Vocabulary.empty(), maxChars, maxTokens);
        Map<String, List<String>> slang = new LinkedHashMap<>();
        for (Line line : lines(SLANG)) {
            String[] fields = line.fields(2, 2);
            List<String> key = plain.lemmas(fields[0]);
            List<String> expansion = plain.lemmas(fields[1]);
            if (key.size() != 1) {
                throw line.error("slang must be a single word, got " + key.size());
            }
            if (expansion.isEmpty()) {
                throw line.error("expansion has no words");
            }
            if (slang.put(key.get(0), expansion) != null) {
                throw line.error("duplicate slang '" + key.get(0) + "'");
            }
        }
        return slang;
    }

    private Map<String, String> loadPairs(String path) {
        Map<String, String> pairs = new HashMap<>();
        for (Line line : lines(path)) {
            String[] fields = line.fields(2, 2);
            if (!fields[0].matches("[a-z']+") || !fields[1].matches("[a-z']+")) {
                throw line.error("both fields must be one lowercase word");
            }
            if (pairs.put(fields[0], fields[1]) != null) {
                throw line.error("duplicate form '" + fields[0] + "'");
            }
        }
        return pairs;
    }

    private Set<String> loadIdentityTerms() {
        Set<String> terms = new HashSet<>();
        for (Line line : lines(IDENTITY_TERMS)) {
            String[] fields = line.fields(1, 1);
            if (!fields[0].matches("[a-z'\\-]+")) {
                throw line.error("identity term must be one lowercase word");
            }
            terms.add(fields[0]);
        }
        return terms;
    }

    private List<RawEntry> parseList(EntryList list) {
        List<RawEntry> entries = new ArrayList<>();
        boolean tagged = list.weighted() || list instanceof CueKind cue && cue.tagged();
        for (Line line : lines(list.path())) {
            String[] fields;
            double weight = 0;
            Set<Tag> tags = EnumSet.noneOf(Tag.class);
            if (list.weighted()) {
                fields = line.fields(2, 3);
                weight = parseWeight(line, fields[1]);
                if (fields.length == 3) {
                    tags = parseTags(line, fields[2]);
                }
            } else if (tagged) {
                fields = line.fields(2, 2);
                tags = parseTags(line, fields[1]);
            } else {
                fields = line.fields(1, 1);
            }
            if (fields[0].isEmpty()) {
                throw line.error("empty phrase");
            }
            entries.add(new RawEntry(list, fields[0], weight, tags, line));
        }
        if (entries.isEmpty()) {
            throw new LexiconFormatException(list.path(), 0, null, "no entries");
        }
        return entries;
    }

    private static double parseWeight(Line line, String text) {
        double weight;
        try {
            weight = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw line.error("weight '" + text + "' is not a number");
        }
        if (!(weight >= MIN_WEIGHT && weight <= MAX_WEIGHT)) {
            throw line.error("weight '" + text + "' is outside " + MIN_WEIGHT + ".." + MAX_WEIGHT);
        }
        return weight;
    }

    private static Set<Tag> parseTags(Line line, String text) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (String id : text.split(",")) {
            String trimmed = id.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                tags.add(Tag.fromId(trimmed));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown tag '" + trimmed + "' (known: "
                        + Arrays.stream(Tag.values()).map(Tag::id).toList() + ")");
            }
        }
        return tags;
    }

    private List<Line> lines(String path) {
        String text = readText(path);
        List<Line> lines = new ArrayList<>();
        String[] rawLines = text.split("\n", -1);
        for (int i = 0; i < rawLines.length; i++) {
            String content = stripComment(rawLines[i]).strip();
            if (!content.isEmpty()) {
                lines.add(new Line(path, i + 1, content));
            }
        }
        return lines;
    }

    private static String stripComment(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("#")) {
            return "";
        }
        int comment = line.indexOf(" #");
        return comment >= 0 ? line.substring(0, comment) : line;
    }

    private String readText(String path) {
        byte[] bytes = source.read(path).orElseThrow(() ->
                new LexiconFormatException(path, 0, null, "missing from " + source.describe()));
        read.put(path, bytes);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new LexiconFormatException(path, 0, null, "not valid UTF-8");
        }
    }

    private String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : read.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** One non-comment line of a file. */
    private record Line(String file, int number, String content) {
        String[] fields(int min, int max) {
            String[] fields = content.split("\\|", -1);
            if (fields.length < min || fields.length > max) {
                throw error("expected " + (min == max ? String.valueOf(min) : min + " to " + max)
                        + " fields separated by ' | ', got " + fields.length);
            }
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            return fields;
        }

        LexiconFormatException error(String problem) {
            return new LexiconFormatException(file, number, content, problem);
        }
    }

    /** An entry as parsed, before analysis. */
    private record RawEntry(EntryList list, String phrase, double weight, Set<Tag> tags, Line source) {
        String file() {
            return source.file();
        }

        int line() {
            return source.number();
        }

        LexiconFormatException error(String problem) {
            return source.error(problem);
        }
    }
}
