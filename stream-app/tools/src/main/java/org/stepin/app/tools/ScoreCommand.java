package org.stepin.app.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stepin.app.cli.LexiconOption;
import org.stepin.core.Assessment;
import org.stepin.core.Assessor;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code detector score [FILE]}: one message a line in (plain text or {@code {"id", "text"}}), one JSON
 * assessment a line out, in input order. A bad line gives an error object for that line; blank lines
 * are skipped.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score messages, one a line: plain text or {\"id\": ..., \"text\": ...}.",
            "Writes one JSON object a line to stdout, in input order."})
final class ScoreCommand implements Callable<Integer> {
    private static final int MAX_LINE_BYTES = 1 << 20;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Input file (default: stdin).")
    private Path file;

    @Option(names = "--direction", defaultValue = "INBOUND",
            description = "INBOUND (youth) or OUTBOUND (worker). Default: ${DEFAULT-VALUE}.")
    private Direction direction;

    @Mixin
    private LexiconOption lexicons;

    @Mixin
    private DeepOption deep;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Detector detector = lexicons.detector();
        Assessor assessor = deep.assessor(detector);
        if (file != null && !Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        ObjectMapper mapper = new ObjectMapper();
        AssessmentJson json = new AssessmentJson(mapper);
        PrintWriter out = spec.commandLine().getOut();
        int bad = 0;
        try (InputStream in = new BufferedInputStream(file == null ? System.in : Files.newInputStream(file))) {
            LineSource lines = new LineSource(in, MAX_LINE_BYTES);
            int number = 0;
            for (byte[] raw = lines.next(); raw != null; raw = lines.next()) {
                number++;
                InputLine line = lines.lastCut()
                        ? new InputLine(IntNode.valueOf(number), null,
                                "line longer than " + MAX_LINE_BYTES + " bytes")
                        : InputLine.parse(raw, number, mapper);
                if (!line.bad() && line.text().isBlank()) {
                    continue;
                }
                if (line.bad()) {
                    bad++;
                    ObjectNode error = mapper.createObjectNode();
                    error.set("id", line.id());
                    error.put("line", number);
                    error.put("error", line.error());
                    out.println(mapper.writeValueAsString(error));
                } else {
                    Assessment assessment = assessor.assess(line.text(), direction);
                    out.println(mapper.writeValueAsString(json.toJson(line.id(), line.text(), assessment)));
                }
            }
        }
        out.flush();
        if (bad > 0) {
            spec.commandLine().getErr().println("detector score: " + bad + " bad line(s), see \"error\" objects");
        }
        return 0;
    }
}
