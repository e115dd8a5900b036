package org.stepin.app.evaluate;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.stepin.app.evaluate.dataset.Dataset;

/**
 * Everything measured on one data set. Immutable.
 *
 * @param dataset the data set
 * @param task what counts as positive and negative, in words
 * @param items how many items (texts or users) were scored
 * @param rows one row per contender, in table order
 * @param falsePositives the primary contender's worst false alarms, most confident first
 * @param falseNegatives the primary contender's worst misses, lowest risk first
 * @param escalation C-SSRS only: severity reached per label, per contender with severities
 * @param categories seed corpus only: per-category counts for contenders with categories
 * @param notes how the data set was read (drops, chunking), for the report
 * @param elapsed wall time of the data set's evaluation
 */
public record DatasetResult(Dataset dataset, String task, int items, List<ContenderRow> rows,
                            List<Example> falsePositives, List<Example> falseNegatives,
                            List<EscalationRow> escalation, List<CategoryRow> categories, List<String> notes,
                            Duration elapsed) {

    public DatasetResult {
        requireNonNull(dataset, "dataset");
        requireNonNull(task, "task");
        requireNonNull(elapsed, "elapsed");
        rows = List.copyOf(rows);
        falsePositives = List.copyOf(falsePositives);
        falseNegatives = List.copyOf(falseNegatives);
        escalation = List.copyOf(escalation);
        categories = List.copyOf(categories);
        notes = List.copyOf(notes);
    }

    /** The row of {@code contender}, if it ran. */
    public Optional<ContenderRow> row(String contender) {
        return rows.stream().filter(row -> row.contender().equals(contender)).findFirst();
    }

    /** A copy with {@code more} as its notes (they replace the old ones). */
    public DatasetResult withNotes(List<String> more) {
        return new DatasetResult(dataset, task, items, rows, falsePositives, falseNegatives, escalation, categories,
                more, elapsed);
    }

    /** A copy with {@code elapsed} set. */
    public DatasetResult withElapsed(Duration time) {
        return new DatasetResult(dataset, task, items, rows, falsePositives, falseNegatives, escalation, categories,
                notes, time);
    }
}
