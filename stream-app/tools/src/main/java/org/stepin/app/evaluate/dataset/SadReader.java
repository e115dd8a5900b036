package org.stepin.app.evaluate.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SAD, the Stress Annotated Dataset (Mauriello et al., CHI 2021): {@code SAD_v1.csv}, one sentence a row
 * with {@code avg_severity}, the mean of five raters' 0-10 stress severity (see its Schema.txt). Severe
 * (mean >= 7) is positive, mild (mean <= 2) negative; the middle is dropped as ambiguous.
 */
public final class SadReader {
    /** Mean severity at or above which a sentence is positive. */
    public static final double SEVERE = 7;
    /** Mean severity at or below which a sentence is negative. */
    public static final double MILD = 2;

    private SadReader() {
    }

    /** The labelled sentences under {@code folder}. */
    public static List<LabelledText> read(Path folder) throws IOException {
        Path file = folder.resolve("SAD_v1.csv");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    static List<LabelledText> read(Reader reader, String source) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        int row = 0;
        for (Map<String, String> columns : Csv.read(reader, source, List.of("sID", "sentence", "avg_severity"))) {
            row++;
            double severity = Csv.number(columns, "avg_severity", source + " row " + row);
            String sentence = columns.get("sentence");
            if (severity >= SEVERE) {
                texts.add(new LabelledText(columns.get("sID"), sentence, true, "severity >= 7"));
            } else if (severity <= MILD) {
                texts.add(new LabelledText(columns.get("sID"), sentence, false, "severity <= 2"));
            }
        }
        return List.copyOf(texts);
    }
}
