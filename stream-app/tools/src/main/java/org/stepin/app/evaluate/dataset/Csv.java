package org.stepin.app.evaluate.dataset;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a CSV file with a header row (RFC 4180 quoting, multi-line fields) into rows by column name. */
final class Csv {
    private static final CsvMapper MAPPER = new CsvMapper();

    private Csv() {
    }

    /** All rows; {@code source} names the file in errors. */
    static List<Map<String, String>> read(Reader reader, String source, List<String> required) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> iterator =
                     MAPPER.readerForMapOf(String.class).with(schema).readValues(reader)) {
            while (iterator.hasNextValue()) {
                Map<String, String> row = iterator.nextValue();
                for (String column : required) {
                    if (row.get(column) == null) {
                        throw new DataFormatException(source + " row " + (rows.size() + 1),
                                "no column '" + column + "'");
                    }
                }
                rows.add(row);
            }
        } catch (RuntimeException e) {
            if (e instanceof DataFormatException) {
                throw e;
            }
            throw new DataFormatException(source, "not a CSV file with a header: " + e.getMessage());
        }
        return rows;
    }

    /** A column as a number, or a format error naming the row. */
    static double number(Map<String, String> row, String column, String where) {
        try {
            return Double.parseDouble(row.get(column).trim());
        } catch (NumberFormatException e) {
            throw new DataFormatException(where, "column '" + column + "' is not a number: " + row.get(column));
        }
    }
}
