package org.stepin.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command on a tiny data folder written here (never the shared data). */
class EvaluateCommandTest {
    @TempDir
    Path data;

    @BeforeEach
    void writeFixtures() throws Exception {
        Path goemotions = Files.createDirectories(data.resolve("goemotions"));
        Files.writeString(goemotions.resolve("emotions.txt"), "joy\nsadness\nneutral\n");
        Files.writeString(goemotions.resolve("dev.tsv"), "i feel so empty and i want to die\t1\tg1\n"
                + "great game last night, so skilled\t0\tg2\nwhat time is it\t2\tg3\n", StandardCharsets.UTF_8);
        Path sad = Files.createDirectories(data.resolve("sad"));
        Files.writeString(sad.resolve("SAD_v1.csv"), "sID,sentence,avg_severity\n1,my mum hits me every night,9\n"
                + "2,need to pick a sandwich,0.4\n3,bus was late,4\n");
        Path cssrs = Files.createDirectories(data.resolve("cssrs-dev"));
        Files.writeString(cssrs.resolve("cssrs_dev.csv"), "User,Post,Label\n"
                + "u1,\"['I want to kill myself tonight. I have the pills.']\",Behavior\n"
                + "u2,\"['Hang in there, it gets better. You matter!']\",Supportive\n"
                + "u3,\"['i feel worthless lately']\",Indicator\n");
        Path davidson = Files.createDirectories(data.resolve("davidson-offensive"));
        Files.writeString(davidson.resolve("labeled_data.csv"), ",count,class,tweet\n0,3,1,you are a useless idiot\n"
                + "1,3,2,lovely weather today @friend\n");
    }

    private List<JsonNode> lines(String out) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(mapper.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void shouldPrintOneTablePerDatasetWithOneRowPerScorer() {
        CommandRun run = CommandRun.of("evaluate", "--data", data.toString(), "--dataset", "goemotions,sad");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("== GoEmotions (dev)").contains("== SAD")
                .containsPattern("(?m)^ +stepin +3 ").containsPattern("(?m)^ +stepin-rules +3 ")
                .containsPattern("(?m)^ +stepin-deep +3 ")
                .containsPattern("(?m)^ +vader ")
                .containsPattern("(?m)^ +keywords ");
        assertThat(run.err()).contains("2 data set(s)");
    }

    @Test
    void shouldWriteJsonLinesForEveryDatasetAndTheGates() throws Exception {
        Path report = data.resolve("report");
        // stepin (cross-validated on the seed corpus), the peers and the gates; the ablation rows are the other test's
        CommandRun run = CommandRun.of("evaluate", "--data", data.toString(), "--json", "--gates", "--report",
                report.toString(), "--scorers", "stepin,vader,keywords");
        List<JsonNode> out = lines(run.out());
        assertThat(out).filteredOn(node -> node.get("type").asText().equals("scorer"))
                .extracting(node -> node.get("dataset").asText())
                .containsOnly("goemotions", "sad", "cssrs", "davidson", "seed").hasSize(15);
        assertThat(out).filteredOn(node -> node.get("type").asText().equals("escalation")).hasSize(5);
        assertThat(out).filteredOn(node -> node.get("type").asText().equals("gate")).hasSize(4);
        boolean allPassed = out.stream().filter(node -> node.get("type").asText().equals("gate"))
                .allMatch(node -> node.get("passed").asBoolean());
        assertThat(run.exitCode()).isEqualTo(allPassed ? 0 : 1);
        String html = Files.readString(report.resolve("index.html"));
        assertThat(html).contains("<h2>Quality gates</h2>").contains("data:image/png;base64,")
                .contains("Escalation").contains("Demszky").contains("CC BY 4.0").doesNotContain("@friend");
    }

    @Test
    void shouldNameTheMissingDataFolderAndExitOne() {
        CommandRun run = CommandRun.of("evaluate", "--data", data.resolve("nowhere").toString(), "--dataset", "sad");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("detector evaluate: no data for sad: ").contains("nowhere")
                .doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldRejectAnUnknownDatasetOrScorerInOneLine() {
        CommandRun dataset = CommandRun.of("evaluate", "--data", data.toString(), "--dataset", "twitter");
        assertThat(dataset.exitCode()).isEqualTo(1);
        assertThat(dataset.err()).contains("unknown dataset 'twitter'");
        CommandRun scorer = CommandRun.of("evaluate", "--data", data.toString(), "--scorers", "bert");
        assertThat(scorer.exitCode()).isEqualTo(1);
        assertThat(scorer.err()).contains("unknown scorer 'bert'");
    }
}
