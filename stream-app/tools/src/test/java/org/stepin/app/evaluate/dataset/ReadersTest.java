package org.stepin.app.evaluate.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepin.core.Direction;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

class ReadersTest {
    @TempDir
    Path dir;

    @Test
    void shouldLabelGoEmotionsDistressByAnyDistressEmotion() throws Exception {
        Files.writeString(dir.resolve("emotions.txt"), "joy\nsadness\nfear\nneutral\n");
        Files.writeString(dir.resolve("dev.tsv"), "what a day\t0\tc1\nso scared\t0,2\tc2\n"
                + "a\ttab inside\t3\tc3\n", StandardCharsets.UTF_8);
        List<LabelledText> texts = GoEmotionsReader.readDev(dir);
        assertThat(texts).containsExactly(new LabelledText("c1", "what a day", false, "everyday"),
                new LabelledText("c2", "so scared", true, "distress"),
                new LabelledText("c3", "a\ttab inside", false, "everyday"));
    }

    @Test
    void shouldNameTheLineOfABadGoEmotionsRow() throws Exception {
        Files.writeString(dir.resolve("emotions.txt"), "joy\n");
        Files.writeString(dir.resolve("dev.tsv"), "fine\t0\tc1\nbad\t7\tc2\n");
        assertThatThrownBy(() -> GoEmotionsReader.readDev(dir)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("dev.tsv:2").hasMessageContaining("'7'");
    }

    @Test
    void shouldKeepSevereAndMildSadSentencesAndDropTheMiddle() throws Exception {
        String csv = "sID,sentence,is_stressor,avg_severity,Source\n"
                + "1,\"my dog died, and i can't cope\",1,8.2,x\n"
                + "2,should i buy milk,0,1.4,x\n"
                + "3,traffic was bad,1,4.0,x\n"
                + "4,exactly seven,1,7,x\n"
                + "5,exactly two,0,2.0,x\n";
        List<LabelledText> texts = SadReader.read(new StringReader(csv), "SAD_v1.csv");
        assertThat(texts).extracting(LabelledText::id).containsExactly("1", "2", "4", "5");
        assertThat(texts).extracting(LabelledText::positive).containsExactly(true, false, true, false);
        assertThat(texts.get(0).text()).isEqualTo("my dog died, and i can't cope");
    }

    @Test
    void shouldTreatDavidsonHateAndOffensiveAsPositive() throws Exception {
        String csv = ",count,hate_speech,offensive_language,neither,class,tweet\n"
                + "0,3,0,0,3,2,\"have a nice day\"\n"
                + "1,3,0,3,0,1,\"you are trash\nand a multi-line one\"\n"
                + "2,3,2,1,0,0,hateful words\n";
        List<LabelledText> texts = DavidsonReader.read(new StringReader(csv), "labeled_data.csv");
        assertThat(texts).extracting(LabelledText::label).containsExactly("neither", "offensive", "hate");
        assertThat(texts).extracting(LabelledText::positive).containsExactly(false, true, true);
        assertThat(texts.get(1).text()).contains("\n");
        assertThatThrownBy(() -> DavidsonReader.read(new StringReader(",class,tweet\n0,5,x\n"), "d.csv"))
                .hasMessageContaining("d.csv row 1");
    }

    @Test
    void shouldReadCssrsUsersWithTheirPostsInOrder() throws Exception {
        String csv = "User,Post,Label\n"
                + "user-1,\"['first post', \"\"it's the second\"\"]\",Ideation\n"
                + "user-2,\"['hang in there, friend']\",Supportive\n";
        List<CssrsUser> users = CssrsReader.read(new StringReader(csv), "cssrs_dev.csv");
        assertThat(users).containsExactly(
                new CssrsUser("user-1", List.of("first post", "it's the second"), CssrsLabel.IDEATION, false),
                new CssrsUser("user-2", List.of("hang in there, friend"), CssrsLabel.SUPPORTIVE, false));
        String cut = "User,Post,Label\nuser-3,\"['whole post', 'cut in the mid\",Attempt\n";
        assertThat(CssrsReader.read(new StringReader(cut), "c.csv")).containsExactly(
                new CssrsUser("user-3", List.of("whole post", "cut in the mid"), CssrsLabel.ATTEMPT, true));
        assertThat(CssrsLabel.BEHAVIOR.atRisk()).isTrue();
        assertThat(CssrsLabel.INDICATOR.atRisk()).isFalse();
        assertThatThrownBy(() -> CssrsReader.read(new StringReader("User,Post,Label\nu,\"['x']\",Maybe\n"), "c.csv"))
                .hasMessageContaining("c.csv row 1").hasMessageContaining("Maybe");
        assertThatThrownBy(() -> CssrsReader.read(new StringReader("User,Post,Label\nu,not a list,Attempt\n"), "c.csv"))
                .hasMessageContaining("Post is not a list");
    }

    @Test
    void shouldReadSeedRowsAndTheirDirection() throws Exception {
        String tsv = "id\tcategory\tseverity\ttrap\ttext\n"
                + "a0001\tsuicidal_ideation\tHIGH\tnone\ti want to die\n"
                + "a0002\tboundary\tMODERATE\tnone\tadd me on snap\n"
                + "b0001\tnone\tNONE\tfigurative\tthis homework is killing me\n";
        List<SeedRow> rows = SeedCorpusReader.read(new StringReader(tsv), "seed.tsv");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).category()).contains(Category.SUICIDAL_IDEATION);
        assertThat(rows.get(0).stepIn()).isTrue();
        assertThat(rows.get(1).direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(rows.get(2)).isEqualTo(new SeedRow("b0001", Optional.empty(), Severity.NONE, "figurative",
                "this homework is killing me"));
        assertThat(rows.get(2).direction()).isEqualTo(Direction.INBOUND);
        assertThatThrownBy(() -> SeedCorpusReader.read(new StringReader(
                "id\tcategory\tseverity\ttrap\ttext\nx\tnone\tBAD\tnone\thi\n"), "seed.tsv"))
                .hasMessageContaining("seed.tsv:2");
    }

    @Test
    void shouldFindThePackagedSeedCorpus() throws Exception {
        assertThat(SeedCorpusReader.readPackaged()).hasSizeGreaterThan(1000);
    }

    @Test
    void shouldCutPostsIntoSentenceChunks() {
        PostChunker chunker = new PostChunker(40);
        assertThat(chunker.chunks("I feel fine. Really? Yes!\nNew line here")).containsExactly(
                "I feel fine. Really? Yes!\nNew line here");
        assertThat(chunker.chunks("I feel fine. Really? Yes! And this one too")).containsExactly(
                "I feel fine. Really? Yes!", "And this one too");
        assertThat(chunker.chunks("one two three four five six seven eight nine ten eleven"))
                .containsExactly("one two three four five six seven eight", "nine ten eleven");
        assertThat(chunker.chunks("   ")).isEmpty();
        assertThat(chunker.chunks("no end mark")).containsExactly("no end mark");
        String post = "a".repeat(30) + ". " + "b".repeat(30) + ".";
        assertThat(chunker.chunks(post)).containsExactly("a".repeat(30) + ".", "b".repeat(30) + ".");
    }
}
