package org.stepin.app.evaluate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepin.app.evaluate.ContenderRow;
import org.stepin.app.evaluate.DatasetResult;
import org.stepin.app.evaluate.Example;
import org.stepin.app.evaluate.dataset.Dataset;
import org.stepin.app.evaluate.metrics.BinaryMetrics;
import org.stepin.app.evaluate.metrics.Prediction;

class ExampleTextTest {
    /** Every kind of detail, and what the report's own regexes used to catch that the pipeline's scanner leaves. */
    private static final String PERSONAL = "mail jo.k@example.com or _jess@mail.com, ring 07700 900123, insta @jo_k22"
            + " or my snap is jo.k2, RT @80sbaby4life -@Kevin_Gates, see https://example.com/me?x=1 and"
            + " Levihttp://www.site.org/x, I live at 12 Baker Street, London NW1 6XE, I'm 14, id 100046729";
    private static final List<String> RAW_DETAILS = List.of("jo.k@example.com", "jess@mail.com", "07700", "900123",
            "@jo_k22", "jo.k2", "80sbaby4life", "Kevin_Gates", "example.com", "site.org", "Baker", "NW1", "6XE",
            "14", "100046729");

    @Test
    void shouldMaskEveryKindOfPersonalDetailWithItsPlaceholder() {
        assertThat(ExampleText.masked(PERSONAL)).isEqualTo("mail [email] or [email], ring [phone], insta [handle]"
                + " or my snap is [handle], RT [handle] -[handle], see [url] and Levi[url] I live at [address],"
                + " London [address], I'm [number], id [phone]");
    }

    @Test
    void shouldMaskWhatTheReportMaskedBeforeItUsedDetectorCore() {
        assertThat(ExampleText.masked("RT @jess_22: text me on 07700 900123 or jess.k@mail.example.com, see"
                + " https://example.com/x?y=1 and www.site.org"))
                .isEqualTo("RT [handle]: text me on [phone] or [email], see [url] and [url]");
        assertThat(ExampleText.masked("took 20 pills at 3am @5pm @everyone")).doesNotContainPattern("[0-9@]");
    }

    @Test
    void shouldCutLongTextsAndSqueezeWhitespace() {
        String masked = ExampleText.masked("word\n\n" + "a".repeat(300));
        assertThat(masked).startsWith("word a").endsWith("…");
        assertThat(masked.codePointCount(0, masked.length())).isEqualTo(ExampleText.MAX_CHARS);
    }

    @Test
    void shouldShowNoPersonalDetailOfAnExampleOrItsEvidenceInTheHtmlReport(@TempDir Path dir) throws Exception {
        Example example = new Example("row-7", PERSONAL, "none/NONE", 0.9, List.of("ring 07700 900123 (boundary)"));
        ContenderRow row = new ContenderRow("stepin", "rule", BinaryMetrics.of(List.of(new Prediction(0.9, true, false),
                new Prediction(0.1, false, true))));
        DatasetResult result = new DatasetResult(Dataset.SEED, "task", 2, List.of(row), List.of(example),
                List.of(), List.of(), List.of(), List.of(), Duration.ZERO);
        String html = Files.readString(HtmlReport.write(dir, "title", List.of(result), List.of()));
        String examples = html.substring(html.indexOf("<h3>Worst"), html.indexOf("<footer>"));
        assertThat(examples).contains("[email]", "[phone]", "[handle]", "[url]", "[address]", "[number]",
                "ring [phone] (boundary)");
        for (String detail : RAW_DETAILS) {
            assertThat(examples).doesNotContain(detail);
        }
    }

    @Test
    void shouldEscapeHtml() {
        assertThat(HtmlReport.escape("<b>\"x\" & 'y'</b>"))
                .isEqualTo("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;");
    }
}
