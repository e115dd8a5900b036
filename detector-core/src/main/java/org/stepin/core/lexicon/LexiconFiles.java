package org.stepin.core.lexicon;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lexicon files of one load: reads each from its {@link LexiconSource} as strict UTF-8 (a leading BOM
 * dropped), splits it into its non-comment lines, and remembers every byte read for the content hash. A
 * missing or non-UTF-8 file stops the load with a {@link LexiconFormatException}. Not thread-safe.
 */
final class LexiconFiles {
    private final LexiconSource source;
    private final Map<String, byte[]> read = new TreeMap<>();

    LexiconFiles(LexiconSource source) {
        this.source = requireNonNull(source, "source");
    }

    /** The lines of {@code path} that hold something besides a {@code #} comment, comments stripped. */
    List<LexiconLine> lines(String path) {
        String[] rawLines = text(path).split("\n", -1);
        List<LexiconLine> lines = new ArrayList<>();
        for (int i = 0; i < rawLines.length; i++) {
            String content = stripComment(rawLines[i]).strip();
            if (!content.isEmpty()) {
                lines.add(new LexiconLine(path, i + 1, content));
            }
        }
        return lines;
    }

    /** The whole text of {@code path}. */
    String text(String path) {
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

    /** SHA-256 over the path and bytes of every file read so far, in path order, as hex. */
    String contentHash() {
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

    private static String stripComment(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("#")) {
            return "";
        }
        int comment = line.indexOf(" #");
        return comment >= 0 ? line.substring(0, comment) : line;
    }
}
