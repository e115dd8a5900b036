package org.stepin.core.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A realistic mix of short chat messages for benchmarks: the team's seed corpus (risk messages, hard
 * negatives and everyday chat), shuffled with a fixed seed.
 */
final class ChatMessages {
    private ChatMessages() {
    }

    static String[] load() {
        List<String> messages = new ArrayList<>();
        for (String file : List.of("seed-a.tsv", "seed-b.tsv")) {
            try (InputStream in = ChatMessages.class.getResourceAsStream("/stepin/corpus/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("seed corpus missing from the class path: " + file);
                }
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                for (int i = 1; i < lines.length; i++) {
                    String[] fields = lines[i].split("\t");
                    if (fields.length == 5) {
                        messages.add(fields[4]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Collections.shuffle(messages, new Random(42));
        return messages.toArray(new String[0]);
    }
}
