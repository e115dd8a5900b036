package org.stepin.app.evaluate;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.stepin.app.evaluate.contender.Contender;
import org.stepin.app.evaluate.contender.Message;
import org.stepin.app.evaluate.dataset.CssrsReader;
import org.stepin.app.evaluate.dataset.Dataset;
import org.stepin.app.evaluate.dataset.DavidsonReader;
import org.stepin.app.evaluate.dataset.GoEmotionsReader;
import org.stepin.app.evaluate.dataset.SadReader;
import org.stepin.app.evaluate.dataset.SeedCorpusReader;
import org.stepin.core.lexicon.Category;

/**
 * Runs the contenders under test on one data set at a time: reads it from the data folder (the seed
 * corpus from the packaged lexicons), picks the task for its kind, and times it. Immutable;
 * the data is read anew on every run.
 */
public final class Evaluation {
    /** The categories stepin is measured on for Davidson's harassing language. */
    public static final Set<Category> HARASSMENT = Set.of(Category.WORKER_HARASSMENT, Category.BULLYING);

    private final Path dataDirectory;
    private final List<Contender> contenders;
    private final CssrsSplit split;
    private final Progress.Factory progress;

    /**
     * An evaluation of {@code contenders} (the first is the primary one, whose mistakes are shown) on data
     * under {@code dataDirectory}.
     */
    public Evaluation(Path dataDirectory, List<Contender> contenders, CssrsSplit split, Progress.Factory progress) {
        this.dataDirectory = requireNonNull(dataDirectory, "dataDirectory");
        this.contenders = List.copyOf(contenders);
        this.split = requireNonNull(split, "split");
        this.progress = requireNonNull(progress, "progress");
        if (this.contenders.isEmpty()) {
            throw new IllegalArgumentException("no contender to evaluate");
        }
    }

    /**
     * The folder {@code dataset} is read from.
     *
     * @throws IllegalArgumentException naming the path when it is missing
     */
    public Path requireFolder(Dataset dataset) {
        if (dataset.folder() == null) {
            return dataDirectory;
        }
        Path folder = dataDirectory.resolve(dataset.folder());
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no data for " + dataset.id() + ": "
                    + folder.toAbsolutePath().normalize() + " is not a folder (see --data)");
        }
        return folder;
    }

    /** Evaluates every contender on {@code dataset}. */
    public DatasetResult run(Dataset dataset) throws IOException {
        long start = System.nanoTime();
        DatasetResult result = switch (dataset) {
            case GOEMOTIONS -> BinaryTask.run(dataset,
                    "comments labelled sadness, grief, fear, nervousness or remorse (distress) vs none of them"
                            + " (everyday)", GoEmotionsReader.readDev(requireFolder(dataset)),
                    text -> Message.inbound(text.text()), contenders, progress,
                    List.of("dev split; alert rate on negatives = alert rate on everyday comments"));
            case SAD -> BinaryTask.run(dataset, "sentences with mean stress severity >= 7 vs <= 2 (0-10 scale)",
                    SadReader.read(requireFolder(dataset)), text -> Message.inbound(text.text()), contenders, progress,
                    List.of("sentences with a mean severity between 2 and 7 are left out"));
            case DAVIDSON -> BinaryTask.run(dataset, "tweets labelled hate or offensive vs neither",
                    DavidsonReader.read(requireFolder(dataset)), text -> Message.focused(text.text(), HARASSMENT),
                    contenders, progress, List.of("stepin is measured on its worker_harassment and bullying scores"
                            + " only (severity by the detector's own thresholds for those categories)"));
            case CSSRS -> CssrsTask.run(CssrsReader.read(requireFolder(dataset)), split, contenders, progress);
            case SEED -> SeedTask.run(SeedCorpusReader.readPackaged(), contenders, progress);
        };
        List<String> notes = new ArrayList<>(result.notes());
        for (Contender contender : contenders) {
            notes.addAll(contender.drainNotes());
        }
        return result.withNotes(notes).withElapsed(Duration.ofNanos(System.nanoTime() - start));
    }
}
