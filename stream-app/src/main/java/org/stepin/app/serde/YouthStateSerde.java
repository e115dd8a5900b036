package org.stepin.app.serde;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.stepin.app.decide.OpenAlert;
import org.stepin.app.decide.Signal;
import org.stepin.app.decide.YouthState;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/**
 * A compact, versioned binary form of {@link YouthState} for the changelogged store: about 50 bytes a signal
 * with UUID event ids, so a youth's state stays well under 2 KB at the default cap of 16 signals. Enums are
 * stored by name-stable ordinal tables below; changing them needs a new format version.
 */
public final class YouthStateSerde implements Serde<YouthState> {
    private static final byte VERSION = 1;
    private static final Severity[] SEVERITIES = {
        Severity.NONE, Severity.LOW, Severity.MODERATE, Severity.HIGH, Severity.IMMINENT};
    private static final Category[] CATEGORIES = {
        Category.SUICIDAL_IDEATION, Category.SELF_HARM, Category.ABUSE, Category.BULLYING, Category.SUBSTANCE,
        Category.HOPELESSNESS, Category.PEER_CONCERN, Category.WORKER_HARASSMENT, Category.BOUNDARY};

    @Override
    public Serializer<YouthState> serializer() {
        return (topic, state) -> state == null ? null : write(state);
    }

    @Override
    public Deserializer<YouthState> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    /** The state as bytes. */
    public static byte[] write(YouthState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 56 * state.signals().size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte(state.signals().size());
            for (Signal signal : state.signals()) {
                out.writeLong(signal.at());
                out.writeByte(code(SEVERITIES, signal.severity()));
                int mask = 0;
                for (Category category : signal.categories()) {
                    mask |= 1 << code(CATEGORIES, category);
                }
                out.writeShort(mask);
                out.writeUTF(signal.eventId());
            }
            writeAlert(out, state.youthAlert());
            writeAlert(out, state.supervisorAlert());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The state from bytes written by {@link #write}. */
    public static YouthState read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("unknown youth state format version " + version);
            }
            int count = in.readUnsignedByte();
            List<Signal> signals = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long at = in.readLong();
                Severity severity = SEVERITIES[in.readByte()];
                int mask = in.readUnsignedShort();
                Set<Category> categories = EnumSet.noneOf(Category.class);
                for (int bit = 0; bit < CATEGORIES.length; bit++) {
                    if ((mask & (1 << bit)) != 0) {
                        categories.add(CATEGORIES[bit]);
                    }
                }
                signals.add(new Signal(at, severity, categories, in.readUTF()));
            }
            return new YouthState(signals, readAlert(in), readAlert(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeAlert(DataOutputStream out, OpenAlert alert) throws IOException {
        out.writeBoolean(alert != null);
        if (alert != null) {
            out.writeUTF(alert.alertId());
            out.writeByte(code(SEVERITIES, alert.severity()));
            out.writeLong(alert.eventTime());
            out.writeBoolean(alert.acknowledged());
        }
    }

    private static OpenAlert readAlert(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new OpenAlert(in.readUTF(), SEVERITIES[in.readByte()], in.readLong(), in.readBoolean());
    }

    private static <T> int code(T[] table, T value) {
        for (int i = 0; i < table.length; i++) {
            if (table[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("no stored code for " + value);
    }
}
