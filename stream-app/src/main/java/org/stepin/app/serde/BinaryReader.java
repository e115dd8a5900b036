package org.stepin.app.serde;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Reads the fields {@link BinaryWriter} wrote, checking bounds: a short or malformed value fails with a
 * {@link SerializationException} that names what is wrong, never the bytes. Not thread-safe; one per value read.
 */
final class BinaryReader {
    private final byte[] bytes;
    private final String what;
    private int position;

    /** A reader of {@code bytes} from {@code offset}; {@code what} names the value in error messages. */
    BinaryReader(byte[] bytes, int offset, String what) {
        this.bytes = bytes;
        this.what = what;
        this.position = offset;
    }

    int readUnsignedByte() {
        need(1);
        return bytes[position++] & 0xFF;
    }

    int readInt() {
        need(4);
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (bytes[position++] & 0xFF);
        }
        return value;
    }

    long readLong() {
        need(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[position++] & 0xFF);
        }
        return value;
    }

    Instant readInstant() {
        long seconds = readLong();
        int nanos = readInt();
        if (nanos < 0 || nanos > 999_999_999) {
            throw fail("has a nanosecond field out of range");
        }
        try {
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException e) {
            throw fail("has an instant out of range");
        }
    }

    /** A string {@link BinaryWriter#writeString} wrote; ASCII takes a fast path. */
    String readString() {
        int length = readInt();
        if (length < 0) {
            throw fail("has a negative string length");
        }
        need(length);
        int start = position;
        int end = start + length;
        position = end;
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        return ascii ? new String(bytes, start, length, StandardCharsets.ISO_8859_1) : decode(start, end);
    }

    /** Fails unless every byte was read. */
    void expectEnd() {
        if (position != bytes.length) {
            throw fail("has " + (bytes.length - position) + " trailing bytes");
        }
    }

    int remaining() {
        return bytes.length - position;
    }

    /** An exception saying the value {@code problem}, e.g. "is truncated". */
    SerializationException fail(String problem) {
        return new SerializationException(what + " " + problem);
    }

    private String decode(int start, int end) {
        char[] chars = new char[end - start];
        int count = 0;
        int i = start;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                chars[count++] = (char) b;
                i++;
            } else if ((b & 0xE0) == 0xC0 && i + 1 < end) {
                chars[count++] = (char) (((b & 0x1F) << 6) | continuation(i + 1));
                i += 2;
            } else if ((b & 0xF0) == 0xE0 && i + 2 < end) {
                chars[count++] = (char) (((b & 0x0F) << 12) | (continuation(i + 1) << 6) | continuation(i + 2));
                i += 3;
            } else {
                throw fail("has a malformed string");
            }
        }
        return new String(chars, 0, count);
    }

    private int continuation(int index) {
        int b = bytes[index] & 0xFF;
        if ((b & 0xC0) != 0x80) {
            throw fail("has a malformed string");
        }
        return b & 0x3F;
    }

    private void need(int count) {
        if (count > bytes.length - position) {
            throw fail("is truncated");
        }
    }
}
