package org.stepin.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepin.core.train.LabelledMessage;
import org.stepin.core.train.SeedCorpus;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dir;

    private List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(mapper.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void shouldWriteOneJsonObjectPerLineInInputOrder() throws Exception {
        Path input = dir.resolve("in.txt");
        Files.writeString(input, "i want to kill myself tonight\n"
                + "{\"id\": \"m-2\", \"text\": \"this homework is killing me\"}\n"
                + "\n"
                + "{\"id\": 7, \"text\": \"i would never hurt myself\"}\n", StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("score", input.toString());
        assertThat(run.exitCode()).isZero();
        List<JsonNode> out = lines(run.out());
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("id").asInt()).isEqualTo(1);
        assertThat(out.get(0).get("severity").asText()).isEqualTo("IMMINENT");
        assertThat(out.get(0).get("categories").has("suicidal_ideation")).isTrue();
        JsonNode evidence = out.get(0).get("evidence").get(0);
        assertThat(evidence.get("category").asText()).isEqualTo("suicidal_ideation");
        String first = "i want to kill myself tonight";
        assertThat(first.substring(evidence.get("start").asInt(), evidence.get("end").asInt())).contains("kill myself");
        assertThat(out.get(1).get("id").asText()).isEqualTo("m-2");
        assertThat(out.get(1).get("severity").asText()).isEqualTo("NONE");
        assertThat(out.get(2).get("id").asInt()).isEqualTo(7);
        assertThat(out.get(2).get("evidence").get(0).get("marks").toString()).contains("negated");
        assertThat(out.get(0).get("lexiconVersion").asText()).contains("+sha256.");
        assertThat(out.get(0).get("modelVersion").asText()).isNotBlank();
    }

    @Test
    void shouldReportBadLinesAsErrorObjectsAndCarryOn() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": \"a\", \"text\": \n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"b\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'b', 'a', 'd', (byte) 0xFF, '\n'});
        bytes.writeBytes("{\"id\": [1], \"text\": \"x\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("still fine\r\n".getBytes(StandardCharsets.UTF_8));
        Path input = dir.resolve("bad.txt");
        Files.write(input, bytes.toByteArray());
        CommandRun run = CommandRun.of("score", input.toString());
        assertThat(run.exitCode()).isZero();
        List<JsonNode> out = lines(run.out());
        assertThat(out).hasSize(5);
        assertThat(out.get(0).get("error").asText()).startsWith("malformed JSON");
        assertThat(out.get(1).get("id").asText()).isEqualTo("b");
        assertThat(out.get(1).get("error").asText()).isEqualTo("\"text\" must be a string");
        assertThat(out.get(2).get("error").asText()).isEqualTo("line is not valid UTF-8");
        assertThat(out.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(out.get(3).get("error").asText()).contains("\"id\"");
        assertThat(out.get(4).get("severity").asText()).isEqualTo("NONE");
        assertThat(run.err()).contains("4 bad line(s)");
    }

    @Test
    void shouldFailWithOneLineForAMissingFile() {
        CommandRun run = CommandRun.of("score", dir.resolve("nope.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldRejectABadLexiconFolderWithFileAndLine() throws Exception {
        Path lexicons = dir.resolve("lexicons");
        Files.createDirectories(lexicons);
        Files.writeString(lexicons.resolve("lexicon.properties"), "version=1\n");
        Files.createDirectories(lexicons.resolve("normalise"));
        Files.writeString(lexicons.resolve("normalise/emoji.txt"), "\uD83D\uDC80 | Skull\n");
        Path input = dir.resolve("in.txt");
        Files.writeString(input, "hello\n");
        CommandRun run = CommandRun.of("score", "--lexicons", lexicons.toString(), input.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("detector score: bad lexicon: normalise/emoji.txt:1: "
                + "emoji name must be lowercase letters and underscores in entry '\uD83D\uDC80 | Skull'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldScoreWithTheEditedLexiconFolderExactlyAsThePackagedDetectorDoes() throws Exception {
        // ../../lexicons is the folder the build packages: the learned tier trained in memory from it must give the
        // packaged detector's assessments, so what an analyst sees is what production runs
        Path lexicons = Path.of("..", "..", "lexicons");
        StringBuilder input = new StringBuilder();
        for (LabelledMessage message : SeedCorpus.packaged().messages()) {
            input.append(mapper.writeValueAsString(java.util.Map.of("id", message.id(), "text", message.text())))
                    .append('\n');
        }
        Path file = dir.resolve("seed.jsonl");
        Files.writeString(file, input, StandardCharsets.UTF_8);

        CommandRun packaged = CommandRun.of("score", file.toString());
        CommandRun edited = CommandRun.of("score", "--lexicons", lexicons.toString(), file.toString());

        assertThat(packaged.exitCode()).isZero();
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(edited.err()).contains("learned tier trained on");
        List<JsonNode> expected = lines(packaged.out());
        List<JsonNode> actual = lines(edited.out());
        assertThat(expected).hasSize(SeedCorpus.packaged().messages().size());
        assertThat(expected.get(0).get("modelVersion").asText()).contains("doccat");
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void shouldRefuseALexiconFolderWithoutItsSeedCorpus() throws Exception {
        Path lexicons = dir.resolve("lexicons");
        copy(Path.of("..", "..", "lexicons"), lexicons);
        try (var corpus = Files.list(lexicons.resolve("corpus"))) {
            for (Path path : corpus.toList()) {
                Files.delete(path);
            }
        }
        Files.delete(lexicons.resolve("corpus"));
        Path input = dir.resolve("in.txt");
        Files.writeString(input, "hello\n");
        CommandRun run = CommandRun.of("score", "--lexicons", lexicons.toString(), input.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("has no corpus/ folder");
        assertThat(run.out()).isEmpty();
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.filter(p -> !from.relativize(p).startsWith("target")).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
