package org.stepin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime jar's command line: {@code run} and {@code topics}, and nothing that trains or evaluates. */
class RunCommandTest {
    @TempDir
    Path dir;

    @Test
    void theRuntimeRefusesToTrainFromALexiconFolderAndSaysWhy() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DetectorCommand.commandLine(new PrintWriter(out), new PrintWriter(err, true)).execute("run",
                "--config", "../deploy/config/detector.properties", "--lexicons", dir.toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--lexicons: training the learned tier from a lexicon folder needs the"
                + " analyst tools (./detector)");
    }

    @Test
    void theRuntimeHasOnlyRunAndTopics() {
        assertThat(DetectorCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())).getSubcommands().keySet())
                .containsExactlyInAnyOrder("run", "topics", "help");
    }
}
