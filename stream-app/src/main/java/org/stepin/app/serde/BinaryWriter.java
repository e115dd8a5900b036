package org.stepin.app.serde;

import java.time.Instant;
import java.util.Arrays;

/**
 * Appends big-endian fields to a growing byte array, in {@link java.io.DataOutput}'s encoding except for strings
 * (see {@link #writeString}). Read back with {@link BinaryReader}. Not thread-safe; one per value written.
 */
final class BinaryWriter {
    private byte[] bytes;
    private int size;

    BinaryWriter(int expectedSize) {
        bytes = new byte[Math.max(16, expectedSize)];
    }

    void writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void writeInt(int value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    void writeLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    /** Epoch seconds then the nanosecond of the second: every {@code Instant} reads back equal. */
    void writeInstant(Instant instant) {
        writeLong(instant.getEpochSecond());
        writeInt(instant.getNano());
    }

    /**
     * A byte count, then the string in Java's modified UTF-8 ({@code DataOutput.writeUTF}'s encoding without its
     * 64 KB limit): each char on its own, so any {@code String}, even one holding an unpaired surrogate, reads back
     * equal. ASCII is one byte a char.
     */
    void writeString(String value) {
        int length = value.length();
        int encoded = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            encoded += c >= 0x01 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
        }
        writeInt(encoded);
        ensure(encoded);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x01 && c <= 0x7F) {
                bytes[size++] = (byte) c;
            } else if (c <= 0x7FF) {
                bytes[size++] = (byte) (0xC0 | (c >> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            } else {
                bytes[size++] = (byte) (0xE0 | (c >> 12));
                bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    /** The bytes written so far, copied. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
