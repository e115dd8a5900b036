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
 * Davidson et al. (ICWSM 2017): {@code labeled_data.csv}, tweets with the majority {@code class}
 * 0 hate speech, 1 offensive language, 2 neither. Hate and offensive are positive ("harassing
 * language", a stand-in for abuse aimed at a worker or a peer), neither is negative.
 */
public final class DavidsonReader {
    private DavidsonReader() {
    }

    /** The labelled tweets under {@code folder}. */
    public static List<LabelledText> read(Path folder) throws IOException {
        Path file = folder.resolve("labeled_data.csv");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    static List<LabelledText> read(Reader reader, String source) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        int row = 0;
        for (Map<String, String> columns : Csv.read(reader, source, List.of("class", "tweet"))) {
            row++;
            String label = switch (columns.get("class").strip()) {
                case "0" -> "hate";
                case "1" -> "offensive";
                case "2" -> "neither";
                default -> throw new DataFormatException(source + " row " + row,
                        "class must be 0, 1 or 2, not '" + columns.get("class") + "'");
            };
            texts.add(new LabelledText(String.valueOf(row), columns.get("tweet"), !label.equals("neither"), label));
        }
        return List.copyOf(texts);
    }
}
