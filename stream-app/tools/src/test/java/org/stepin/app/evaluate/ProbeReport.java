package org.stepin.app.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.stepin.core.Assessor;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.deep.DeepListener;
import org.stepin.core.deep.DeepSettings;
import org.stepin.core.deep.DeepTier;
import org.stepin.core.score.Severity;

/**
 * Scores a probe set (a TSV written by someone who never saw the detector's output; see the LABELLING.md beside
 * it) and prints only aggregate numbers per group, never a message or a miss: the probe set measures a change
 * before and after, once, and must not be read to write rules. A burst (rows sharing a split id) counts as one
 * item, with the highest severity of its messages, which is what a per-message pipeline gives. Usage:
 * {@code stream-app/tools/probe.sh [FILE]}.
 */
public final class ProbeReport {
    private ProbeReport() {
    }

    /** Entry point: {@code FILE}. */
    public static void main(String[] args) throws IOException {
        List<Item> items = read(Path.of(args[0]));
        Detector packaged = Detector.packaged();
        Map<String, Assessor> tiers = new LinkedHashMap<>();
        tiers.put("stepin", packaged);
        tiers.put("stepin-deep", DeepTier.create(packaged, new DeepSettings(true, 1, Duration.ofMinutes(5)),
                DeepListener.NONE));
        System.out.printf(Locale.ROOT, "probe set %s: %d items (%d rows), lexicon %s, model %s%n%n",
                Path.of(args[0]).getFileName(), items.size(), items.stream().mapToInt(i -> i.texts().size()).sum(),
                packaged.lexicon().version(), packaged.modelVersion());
        for (Map.Entry<String, Assessor> tier : tiers.entrySet()) {
            print(tier.getKey(), tier.getValue(), items);
        }
    }

    private record Item(String group, Severity expected, List<String> texts) {
    }

    private static List<Item> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.get(0).equals("id\tgroup\texpected\tcategory\tsplit\ttext")) {
            throw new IllegalArgumentException(file + ":1: unexpected header");
        }
        List<Item> items = new ArrayList<>();
        Map<String, Item> bursts = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length != 6) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 6 fields, got " + fields.length);
            }
            Severity expected = Severity.valueOf(fields[2]);
            if (fields[4].equals("-")) {
                items.add(new Item(fields[1], expected, List.of(fields[5])));
            } else {
                Item burst = bursts.computeIfAbsent(fields[4], id -> new Item(fields[1], expected, new ArrayList<>()));
                burst.texts().add(fields[5]);
            }
        }
        items.addAll(bursts.values());
        return items;
    }

    private static void print(String name, Assessor assessor, List<Item> items) {
        Map<String, int[]> byGroup = new TreeMap<>();
        int[] risk = new int[3];
        int[] negatives = new int[2];
        for (Item item : items) {
            Severity got = Severity.NONE;
            for (String text : item.texts()) {
                Severity severity = assessor.assess(text, Direction.INBOUND).severity();
                got = severity.compareTo(got) > 0 ? severity : got;
            }
            boolean positive = item.expected().atLeast(Severity.MODERATE);
            int[] row = byGroup.computeIfAbsent(item.group(), g -> new int[4]);
            row[0]++;
            row[1] += got.atLeast(Severity.MODERATE) ? 1 : 0;
            row[2] += got.atLeast(Severity.HIGH) ? 1 : 0;
            row[3] += got == item.expected() ? 1 : 0;
            if (positive) {
                risk[0]++;
                risk[1] += got.atLeast(Severity.MODERATE) ? 1 : 0;
                boolean urgent = item.expected().atLeast(Severity.HIGH);
                risk[2] += urgent && got.atLeast(Severity.HIGH) ? 1 : 0;
            } else {
                negatives[0]++;
                negatives[1] += got.atLeast(Severity.MODERATE) ? 1 : 0;
            }
        }
        long urgentItems = items.stream().filter(i -> i.expected().atLeast(Severity.HIGH)).count();
        System.out.printf(Locale.ROOT, "## %s%n%n", name);
        System.out.printf(Locale.ROOT, "- risk items reaching MODERATE: %d of %d (%.3f)%n", risk[1], risk[0],
                risk[1] / (double) risk[0]);
        System.out.printf(Locale.ROOT, "- HIGH or IMMINENT items reaching HIGH: %d of %d (%.3f)%n", risk[2],
                urgentItems, risk[2] / (double) urgentItems);
        System.out.printf(Locale.ROOT, "- hard negatives alerting (MODERATE or above): %d of %d (%.3f)%n%n",
                negatives[1], negatives[0], negatives[1] / (double) negatives[0]);
        System.out.println("| group | items | >= MODERATE | >= HIGH | exact |");
        System.out.println("|---|---:|---:|---:|---:|");
        byGroup.forEach((group, row) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", group,
                row[0], row[1], row[2], row[3]));
        System.out.println();
    }
}
