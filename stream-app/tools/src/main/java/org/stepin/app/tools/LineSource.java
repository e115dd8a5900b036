package org.stepin.app.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads raw lines (bytes, without {@code \n} or {@code \r\n}) so that a line of bad UTF-8 can be
 * reported on its own instead of failing the whole input. Lines longer than the cap are cut and
 * flagged. Not thread-safe.
 */
final class LineSource {
    private final InputStream in;
    private final int maxLineBytes;
    private boolean lastCut;

    LineSource(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the input. */
    byte[] next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        lastCut = false;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (line.size() < maxLineBytes) {
                line.write(b);
            } else {
                lastCut = true;
            }
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            return Arrays.copyOf(bytes, length - 1);
        }
        return bytes;
    }

    /** True when the line last returned was longer than the cap and was cut. */
    boolean lastCut() {
        return lastCut;
    }
}
