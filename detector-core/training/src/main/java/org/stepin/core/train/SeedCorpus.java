package org.stepin.core.train;

import org.stepin.core.classify.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.stepin.core.score.Severity;

/**
 * The team's labelled seed corpus ({@code stepin/corpus/seed-a.tsv} and {@code seed-b.tsv} from the
 * lexicons jar), in file order, with a SHA-256 over the bytes of both files. Immutable.
 */
public final class SeedCorpus {
    /** The corpus files on the class path, in the order they are read. */
    public static final List<String> FILES = List.of("stepin/corpus/seed-a.tsv", "stepin/corpus/seed-b.tsv");
    private static final String HEADER = "id\tcategory\tseverity\ttrap\ttext";

    private final List<LabelledMessage> messages;
    private final String sha256;

    private SeedCorpus(List<LabelledMessage> messages, String sha256) {
        this.messages = List.copyOf(messages);
        this.sha256 = sha256;
    }

    /**
     * Reads the packaged corpus.
     *
     * @throws IllegalStateException naming the file and line when a file is missing or a row malformed
     */
    public static SeedCorpus packaged() {
        MessageDigest digest = Sha256.digest();
        List<LabelledMessage> messages = new ArrayList<>();
        for (String file : FILES) {
            byte[] bytes = read(file);
            digest.update(bytes);
            parse(file, new String(bytes, StandardCharsets.UTF_8), messages);
        }
        return new SeedCorpus(messages, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Reads the corpus files from {@code folder} (an analyst's {@code lexicons/corpus} being edited), with the same
     * names as the packaged ones.
     *
     * @throws IllegalStateException naming the file and line when a file is missing or a row malformed
     */
    public static SeedCorpus fromFolder(Path folder) {
        MessageDigest digest = Sha256.digest();
        List<LabelledMessage> messages = new ArrayList<>();
        for (String resource : FILES) {
            Path file = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new IllegalStateException("seed corpus file missing: " + file, e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            digest.update(bytes);
            parse(file.toString(), new String(bytes, StandardCharsets.UTF_8), messages);
        }
        return new SeedCorpus(messages, HexFormat.of().formatHex(digest.digest()));
    }

    private static byte[] read(String file) {
        try (InputStream in = SeedCorpus.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("seed corpus file missing from the class path: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void parse(String file, String content, List<LabelledMessage> out) {
        String[] lines = content.split("\n", -1);
        if (!HEADER.equals(lines[0])) {
            throw new IllegalStateException(file + ":1: expected header '" + HEADER + "'");
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] fields = lines[i].split("\t", -1);
            if (fields.length != 5) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected 5 fields, got " + fields.length);
            }
            try {
                out.add(new LabelledMessage(fields[0], fields[1], Severity.valueOf(fields[2]), fields[3], fields[4]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
    }

    /** The rows of every file, in file order. */
    public List<LabelledMessage> messages() {
        return messages;
    }

    /** SHA-256 (hex) over the bytes of every corpus file, in {@link #FILES} order. */
    public String sha256() {
        return sha256;
    }
}
