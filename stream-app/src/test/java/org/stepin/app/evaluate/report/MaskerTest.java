package org.stepin.app.evaluate.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskerTest {
    @Test
    void shouldMaskUrlsEmailsHandlesAndDigits() {
        assertThat(Masker.mask("RT @jess_22: text me on 07700 900123 or jess.k@mail.example.com, see"
                + " https://example.com/x?y=1 and www.site.org"))
                .isEqualTo("RT @user: text me on # # or [email], see [url] and [url]");
    }

    @Test
    void shouldCutLongTextsAndSqueezeWhitespace() {
        String masked = Masker.mask("word\n\n" + "a".repeat(300));
        assertThat(masked).startsWith("word a").endsWith("…");
        assertThat(masked.codePointCount(0, masked.length())).isEqualTo(Masker.MAX_CHARS);
    }

    @Test
    void shouldEscapeHtml() {
        assertThat(HtmlReport.escape("<b>\"x\" & 'y'</b>"))
                .isEqualTo("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;");
    }
}
