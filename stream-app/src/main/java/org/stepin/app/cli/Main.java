package org.stepin.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the runtime jar ({@code java -jar stream-app.jar run|topics}): wires stdout/stderr as UTF-8 and
 * exits with the command's code. The analyst tools have their own, with every command.
 */
public final class Main {
    private Main() {
    }

    /** Runs the command line. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = DetectorCommand.commandLine(out, err).execute(args);
        out.flush();
        System.exit(code);
    }
}
