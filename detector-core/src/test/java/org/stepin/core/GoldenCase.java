package org.stepin.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/** One line of a golden file: text, exact severity, categories that must score, and a note. */
record GoldenCase(String file, int line, String text, Severity severity, List<Category> categories, String note) {

    /** True when {@code assessment} has this case's severity and a positive score for each category. */
    boolean matches(Assessment assessment) {
        return assessment.severity() == severity
                && categories.stream().allMatch(category -> assessment.score(category) > 0);
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + text;
    }

    /** Reads a golden file from the test class path ({@code text TAB severity TAB categories TAB note}). */
    static List<GoldenCase> read(String resource) throws IOException {
        List<GoldenCase> read = new ArrayList<>();
        try (InputStream in = GoldenCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 4) {
                    throw new IllegalStateException(name + ":" + (i + 1) + ": expected 4 fields, got " + fields.length);
                }
                List<Category> categories = fields[2].equals("-") ? List.of()
                        : Stream.of(fields[2].split(",")).map(String::trim).map(Category::fromId).toList();
                read.add(new GoldenCase(name, i + 1, fields[0], Severity.valueOf(fields[1]), categories, fields[3]));
            }
        }
        return read;
    }
}
