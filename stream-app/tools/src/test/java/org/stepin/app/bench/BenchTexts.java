package org.stepin.app.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.stepin.core.Detector;
import org.stepin.core.score.Severity;

/**
 * Message texts from the team's seed corpus ({@code seed-*.tsv}: id, category, severity, trap, text), in two
 * pools checked with the detector the pipeline uses: everyday chat (labelled {@code none}, including hard
 * negatives such as figurative or gaming talk) that it scores NONE, so it never adds to a trajectory; and risk
 * messages that it scores at or above the alert threshold, so a youth with no open alert always gets an alert.
 * Immutable.
 */
final class BenchTexts {
    private final List<String> everyday;
    private final List<String> risk;

    private BenchTexts(List<String> everyday, List<String> risk) {
        if (everyday.isEmpty() || risk.isEmpty()) {
            throw new IllegalArgumentException("the corpus gave " + everyday.size() + " everyday and "
                    + risk.size() + " risk texts; both are needed");
        }
        this.everyday = List.copyOf(everyday);
        this.risk = List.copyOf(risk);
    }

    /** The pools from every {@code seed-*.tsv} in {@code corpus}, scored by {@code detector}. */
    static BenchTexts load(Path corpus, Detector detector, Severity threshold) {
        requireNonNull(detector, "detector");
        requireNonNull(threshold, "threshold");
        List<String> everyday = new ArrayList<>();
        List<String> risk = new ArrayList<>();
        for (Path file : seedFiles(corpus)) {
            List<String> lines = lines(file);
            for (int i = 1; i < lines.size(); i++) {
                String[] columns = lines.get(i).split("\t", -1);
                if (columns.length != 5) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 5 columns, found "
                            + columns.length);
                }
                Severity scored = detector.assess(columns[4]).severity();
                if (columns[1].equals("none") && scored == Severity.NONE) {
                    everyday.add(columns[4]);
                } else if (!columns[1].equals("none") && scored.atLeast(threshold)) {
                    risk.add(columns[4]);
                }
            }
        }
        return new BenchTexts(everyday, risk);
    }

    /** Everyday texts the detector scores NONE. */
    List<String> everyday() {
        return everyday;
    }

    /** Risk texts the detector scores at or above the alert threshold. */
    List<String> risk() {
        return risk;
    }

    private static List<Path> seedFiles(Path corpus) {
        try (Stream<Path> files = Files.list(corpus)) {
            List<Path> seeds = files.filter(file -> file.getFileName().toString().matches("seed-.*\\.tsv"))
                    .sorted().toList();
            if (seeds.isEmpty()) {
                throw new IllegalArgumentException("no seed-*.tsv in " + corpus);
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
