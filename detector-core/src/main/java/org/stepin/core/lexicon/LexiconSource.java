package org.stepin.core.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where lexicon files come from: the packaged resource jar (what production runs) or a folder an
 * analyst is editing. Paths are relative to the lexicon root, e.g. {@code categories/abuse.txt}.
 */
public interface LexiconSource {
    /** The bytes of {@code path}, or empty when there is no such file. */
    Optional<byte[]> read(String path);

    /** Where this source reads from, for messages. */
    String describe();

    /** The lexicons packaged with the application ({@code stepin/lexicon/} on the class path). */
    static LexiconSource packaged() {
        return new LexiconSource() {
            private static final String ROOT = "stepin/lexicon/";

            @Override
            public Optional<byte[]> read(String path) {
                ClassLoader loader = LexiconSource.class.getClassLoader();
                try (InputStream in = loader.getResourceAsStream(ROOT + path)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read packaged lexicon file " + path, e);
                }
            }

            @Override
            public String describe() {
                return "packaged lexicons";
            }
        };
    }

    /** Lexicon files under {@code root} (a checkout's {@code lexicons/} folder). */
    static LexiconSource directory(Path root) {
        return new LexiconSource() {
            @Override
            public Optional<byte[]> read(String path) {
                Path file = root.resolve(path);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read lexicon file " + file, e);
                }
            }

            @Override
            public String describe() {
                return root.toString();
            }
        };
    }
}
