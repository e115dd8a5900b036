package org.stepin.app.evaluate.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/**
 * The team's seed corpus, {@code seed-a.tsv} and {@code seed-b.tsv}: a header {@code id category
 * severity trap text}, then five TAB-separated fields a row. Read from the packaged lexicons jar
 * ({@code stepin/corpus/}).
 */
public final class SeedCorpusReader {
    /** The corpus files, in order. */
    public static final List<String> FILES = List.of("seed-a.tsv", "seed-b.tsv");
    private static final String HEADER = "id\tcategory\tseverity\ttrap\ttext";

    private SeedCorpusReader() {
    }

    /** Every row of the packaged corpus. */
    public static List<SeedRow> readPackaged() throws IOException {
        List<SeedRow> rows = new ArrayList<>();
        for (String file : FILES) {
            String resource = "stepin/corpus/" + file;
            InputStream in = SeedCorpusReader.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("the packaged seed corpus has no " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                rows.addAll(read(reader, file));
            }
        }
        return List.copyOf(rows);
    }

    static List<SeedRow> read(Reader reader, String source) throws IOException {
        List<SeedRow> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (!HEADER.equals(header)) {
            throw new DataFormatException(source + ":1", "expected the header '" + HEADER.replace('\t', ' ') + "'");
        }
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = source + ":" + number;
            String[] fields = line.split("\t", -1);
            if (fields.length != 5) {
                throw new DataFormatException(where, "expected 5 TAB-separated fields, found " + fields.length);
            }
            try {
                Optional<Category> category = fields[1].equals("none") ? Optional.empty()
                        : Optional.of(Category.fromId(fields[1]));
                rows.add(new SeedRow(fields[0], category, Severity.valueOf(fields[2]), fields[3], fields[4]));
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(where, e.getMessage());
            }
        }
        return rows;
    }
}
