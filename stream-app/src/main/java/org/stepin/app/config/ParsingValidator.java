package org.stepin.app.config;

import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * A {@link ConfigDef.Validator} that accepts a value when a check passes: the check's
 * {@link IllegalArgumentException} becomes Kafka's {@link ConfigException} naming the key, and its
 * {@link #toString()} is the "valid values" column of the settings table. Immutable.
 */
final class ParsingValidator implements ConfigDef.Validator {
    private final String validValues;
    private final Consumer<Object> check;

    private ParsingValidator(String validValues, Consumer<Object> check) {
        this.validValues = validValues;
        this.check = check;
    }

    /** A string value valid when {@code parse} accepts it. */
    static ParsingValidator parsing(String validValues, Consumer<String> parse) {
        return new ParsingValidator(validValues, value -> parse.accept((String) value));
    }

    /** A list value valid when {@code parse} accepts it. */
    @SuppressWarnings("unchecked")
    static ParsingValidator parsingList(String validValues, Consumer<List<String>> parse) {
        return new ParsingValidator(validValues, value -> parse.accept((List<String>) value));
    }

    /** A whole number from {@code min} to {@code max}. */
    static ParsingValidator between(int min, int max) {
        return new ParsingValidator(min + " to " + max, value -> {
            int number = (Integer) value;
            if (number < min || number > max) {
                throw new IllegalArgumentException("must be between " + min + " and " + max);
            }
        });
    }

    /** A positive, finite number. */
    static ParsingValidator positive() {
        return new ParsingValidator("a positive number", value -> {
            double number = (Double) value;
            if (!(number > 0) || Double.isInfinite(number)) {
                throw new IllegalArgumentException("must be a positive number");
            }
        });
    }

    @Override
    public void ensureValid(String name, Object value) {
        if (value == null) {
            return;
        }
        try {
            check.accept(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, value, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return validValues;
    }
}
