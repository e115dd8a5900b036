package org.stepin.app.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.stepin.app.cli.LexiconOption;
import org.stepin.app.evaluate.CssrsSplit;
import org.stepin.app.evaluate.DatasetResult;
import org.stepin.app.evaluate.Evaluation;
import org.stepin.app.evaluate.GateResult;
import org.stepin.app.evaluate.Progress;
import org.stepin.app.evaluate.QualityGates;
import org.stepin.app.evaluate.contender.Contender;
import org.stepin.app.evaluate.contender.Contenders;
import org.stepin.app.evaluate.dataset.Dataset;
import org.stepin.app.evaluate.report.HtmlReport;
import org.stepin.app.evaluate.report.JsonLines;
import org.stepin.app.evaluate.report.TerminalProgress;
import org.stepin.app.evaluate.report.TextTable;
import org.stepin.core.Detector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code detector evaluate}: stepin and its peers (VADER, a substring keyword list) on labelled data, a
 * table per data set on stdout (or JSON lines), an HTML report on request, and the quality gates.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measure detection quality on labelled data: stepin vs VADER vs a keyword list.",
            "Public data sets are read from --data (never shipped); the seed corpus is packaged."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--dataset", defaultValue = "all", paramLabel = "NAME", split = ",",
            description = "goemotions, sad, cssrs, davidson, seed or all (comma-separated). Default: ${DEFAULT-VALUE}.")
    private List<String> datasets;

    @Option(names = "--data", defaultValue = "../shared/data", paramLabel = "DIR",
            description = "Folder holding the public data sets. Default: ${DEFAULT-VALUE}.")
    private Path data;

    @Option(names = "--scorers", paramLabel = "NAME", split = ",",
            description = "Scorers to compare (default: all of stepin, stepin-deep, vader, keywords).")
    private List<String> scorers;

    @Option(names = "--cssrs-split", defaultValue = "CHUNKS", paramLabel = "HOW",
            description = "C-SSRS posts as CHUNKS (sentences, <= 500 chars) or whole POSTS. Default: ${DEFAULT-VALUE}.")
    private CssrsSplit cssrsSplit;

    @Option(names = "--json", description = "JSON lines on stdout instead of tables.")
    private boolean json;

    @Option(names = "--report", paramLabel = "DIR", description = "Also write DIR/index.html with charts and examples.")
    private Path report;

    @Option(names = "--gates", description = "Check the quality gates (runs cssrs and goemotions with stepin and"
            + " vader too); exit 1 if any fails.")
    private boolean gates;

    @Option(names = "--no-progress", description = "No progress bar on stderr (also off without a terminal).")
    private boolean noProgress;

    @Mixin
    private LexiconOption lexicons;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Set<Dataset> chosen = datasets();
        Detector detector = lexicons.detector();
        Contenders known = Contenders.standard(detector);
        Set<String> scorerNames = new LinkedHashSet<>(scorers == null ? known.names() : scorers);
        if (gates) {
            chosen.addAll(QualityGates.DATASETS);
            scorerNames.addAll(QualityGates.CONTENDERS);
        }
        List<Contender> selected = known.select(scorerNames);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress.Factory progress = noProgress || System.console() == null ? Progress.silent()
                : new TerminalProgress(err);
        Evaluation evaluation = new Evaluation(data, selected, cssrsSplit, progress);
        for (Dataset dataset : chosen) {
            evaluation.requireFolder(dataset);
        }
        JsonLines jsonLines = new JsonLines(out);
        List<DatasetResult> results = new ArrayList<>();
        long start = System.nanoTime();
        for (Dataset dataset : chosen) {
            DatasetResult result = evaluation.run(dataset);
            results.add(result);
            if (json) {
                jsonLines.write(result);
            } else {
                TextTable.print(out, result);
            }
        }
        List<GateResult> gateResults = gates ? QualityGates.check(results) : List.of();
        if (gates) {
            if (json) {
                jsonLines.writeGates(gateResults);
            } else {
                TextTable.printGates(out, gateResults);
            }
        }
        if (report != null) {
            Path file = HtmlReport.write(report, "stepin evaluation (lexicon " + detector.lexicon().version()
                    + ", model " + detector.modelVersion() + ")", results, gateResults);
            err.println("detector evaluate: report written to " + file);
        }
        err.printf("detector evaluate: %d data set(s) in %.1f s%n", results.size(),
                Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
        err.flush();
        return gateResults.stream().allMatch(GateResult::passed) ? 0 : 1;
    }

    private Set<Dataset> datasets() {
        Set<Dataset> chosen = EnumSet.noneOf(Dataset.class);
        for (String name : datasets) {
            if (name.equals("all")) {
                chosen.addAll(EnumSet.allOf(Dataset.class));
            } else {
                chosen.add(Dataset.fromId(name));
            }
        }
        return chosen;
    }
}
