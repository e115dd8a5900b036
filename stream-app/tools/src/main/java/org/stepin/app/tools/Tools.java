package org.stepin.app.tools;

import java.io.PrintWriter;
import java.util.List;
import org.stepin.app.cli.DetectorCommand;
import picocli.CommandLine;

/** The {@code ./detector} command line: the runtime's commands plus the analyst tools' own. */
public final class Tools {
    private Tools() {
    }

    /** The configured command line with every command, output to {@code out} and diagnostics to {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return DetectorCommand.commandLine(out, err, List.of(new DemoCommand(), new ScoreCommand(),
                new ExplainCommand(), new ReplayCommand(), new EvaluateCommand()));
    }
}
