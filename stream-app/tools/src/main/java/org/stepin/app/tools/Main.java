package org.stepin.app.tools;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of {@code ./detector}: every command, the runtime's ({@code run}, {@code topics}) and the analyst
 * tools'. Wires stdout/stderr as UTF-8 and exits with the command's code.
 */
public final class Main {
    private Main() {
    }

    /** Runs the command line. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Tools.commandLine(out, err).execute(args);
        out.flush();
        System.exit(code);
    }
}
