package org.stepin.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.stepin.app.config.ConfigException;
import org.stepin.core.lexicon.LexiconFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code detector} command; its subcommands do the work. The runtime jar has {@code run} and
 * {@code topics}; the analyst tools add theirs ({@code demo}, {@code score}, {@code explain}, {@code replay},
 * {@code evaluate}) through {@link #commandLine(PrintWriter, PrintWriter, List)}.
 */
@Command(name = "detector",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Consent-first distress-signal detection for youth workers.",
        subcommands = {RunCommand.class, TopicsCommand.class, CommandLine.HelpCommand.class})
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
        return commandLine(out, err, List.of());
    }

    /** Like {@link #commandLine(PrintWriter, PrintWriter)}, with {@code more} subcommands (picocli commands). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Object> more) {
        CommandLine commandLine = new CommandLine(new DetectorCommand());
        for (Object command : more) {
            commandLine.addSubcommand(command);
        }
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
