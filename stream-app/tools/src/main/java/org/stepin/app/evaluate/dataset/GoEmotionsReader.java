package org.stepin.app.evaluate.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * GoEmotions (Demszky et al., ACL 2020): {@code dev.tsv} lines of text TAB comma-separated emotion ids
 * TAB comment id, the ids indexing the lines of {@code emotions.txt}. A comment is "distress" when any
 * of its labels is sadness, grief, fear, nervousness or remorse, else "everyday".
 */
public final class GoEmotionsReader {
    /** The emotions that count as distress. */
    public static final Set<String> DISTRESS = Set.of("sadness", "grief", "fear", "nervousness", "remorse");

    private GoEmotionsReader() {
    }

    /** The dev split under {@code folder}. */
    public static List<LabelledText> readDev(Path folder) throws IOException {
        List<String> emotions = Files.readAllLines(folder.resolve("emotions.txt"), StandardCharsets.UTF_8);
        return read(folder.resolve("dev.tsv"), emotions.stream().map(String::strip).toList());
    }

    /** The split in {@code file}, with emotion names in id order. */
    static List<LabelledText> read(Path file, List<String> emotions) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + number;
                int idTab = line.lastIndexOf('\t');
                int labelTab = idTab < 0 ? -1 : line.lastIndexOf('\t', idTab - 1);
                if (labelTab < 0) {
                    throw new DataFormatException(where, "expected text TAB emotion ids TAB id");
                }
                boolean distress = false;
                for (String id : line.substring(labelTab + 1, idTab).split(",")) {
                    distress |= DISTRESS.contains(emotion(emotions, id.strip(), where));
                }
                texts.add(new LabelledText(line.substring(idTab + 1), line.substring(0, labelTab), distress,
                        distress ? "distress" : "everyday"));
            }
        }
        return List.copyOf(texts);
    }

    private static String emotion(List<String> emotions, String id, String where) {
        try {
            return emotions.get(Integer.parseInt(id));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new DataFormatException(where, "unknown emotion id '" + id + "'");
        }
    }
}
