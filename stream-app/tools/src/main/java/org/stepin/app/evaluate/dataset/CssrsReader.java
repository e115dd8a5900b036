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
 * The Reddit C-SSRS Suicide Dataset (Gaur et al., WWW 2019): {@code cssrs_dev.csv} with columns
 * {@code User, Post, Label}; {@code Post} is a Python list literal of the user's posts. In the
 * published file some {@code Post} fields stop at 32,759 characters (a spreadsheet's cell limit), in
 * the middle of a post: those users keep the posts read so far and are marked {@link CssrsUser#cut()}.
 */
public final class CssrsReader {
    private CssrsReader() {
    }

    /** The users under {@code folder}. */
    public static List<CssrsUser> read(Path folder) throws IOException {
        Path file = folder.resolve("cssrs_dev.csv");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    static List<CssrsUser> read(Reader reader, String source) throws IOException {
        List<CssrsUser> users = new ArrayList<>();
        int row = 0;
        for (Map<String, String> columns : Csv.read(reader, source, List.of("User", "Post", "Label"))) {
            row++;
            String where = source + " row " + row;
            CssrsLabel label;
            try {
                label = CssrsLabel.parse(columns.get("Label"));
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(where, "unknown label '" + columns.get("Label") + "'");
            }
            PythonListLiteral.Parsed posts;
            try {
                posts = PythonListLiteral.parseTruncated(columns.get("Post"));
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(where, "Post is not a list of strings: " + e.getMessage());
            }
            users.add(new CssrsUser(columns.get("User").strip(), posts.items(), label, posts.cut()));
        }
        return List.copyOf(users);
    }
}
