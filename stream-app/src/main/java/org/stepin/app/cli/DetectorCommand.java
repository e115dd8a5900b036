package org.stepin.app.cli;

import java.io.PrintWriter;
import org.stepin.app.config.ConfigException;
import org.stepin.core.lexicon.LexiconFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code detector} command; its subcommands do the work. */
@Command(name = "detector",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Consent-first distress-signal detection for youth workers.",
        subcommands = {DemoCommand.class, RunCommand.class, ScoreCommand.class, ExplainCommand.class,
            ReplayCommand.class, EvaluateCommand.class, TopicsCommand.class,
            CommandLine.HelpCommand.class})
public final class DetectorCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /**
     * The configured command line: output to {@code out}, diagnostics to {@code err}, and a one-line
     * reason (no stack trace) with exit code 1 when a command fails.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new DetectorCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            err.println("detector " + failed.getCommandName() + ": " + describe(exception));
            return 1;
        });
        return commandLine;
    }

    private static String describe(Exception exception) {
        if (exception instanceof LexiconFormatException) {
            return "bad lexicon: " + exception.getMessage();
        }
        if (exception instanceof ConfigException) {
            return "bad configuration: " + exception.getMessage();
        }
        String message = exception.getMessage();
        return message == null ? exception.getClass().getSimpleName() : message;
    }
}
