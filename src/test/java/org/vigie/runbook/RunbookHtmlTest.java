package org.vigie.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.health.ReasonCode;

class RunbookHtmlTest {

    static final String HOSTILE = """
            # CRASH_LOOP <script>alert('title')</script>

            <script>fetch('/api/v1/tokens')</script>

            <iframe src="https://evil.example/"></iframe>

            <img src=x onerror="alert(1)">

            <a href="javascript:alert(2)" onclick="alert(3)">raw link</a>

            [markdown link](javascript:alert(4)) and [data](data:text/html;base64,PHNjcmlwdD4=)
            and [vb](  JaVaScRiPt:alert(5)) and ![pic](javascript:alert(6))

            <div style="background:url(javascript:alert(7))" onmouseover="alert(8)">hover</div>

            <svg onload="alert(9)"><script>alert(10)</script></svg>

            ## Mitigation

            1. `kubectl rollout undo` — see [the docs](https://kubernetes.io/docs/).
            """;

    @Test
    void a_hostile_markdown_file_yields_html_without_script_handlers_javascript_links_or_frames() {
        String html = RunbookHtml.render(HOSTILE);
        String lower = html.toLowerCase(Locale.ROOT);

        assertThat(lower).doesNotContain("<script", "<iframe", "<svg", "<img", "<div");
        org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(parsed.select("script, iframe, svg, img, div, [style], [onerror], [onclick], [onload]")).isEmpty();
        assertThat(parsed.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("https://"));
        assertThat(html).contains("<h2>Mitigation</h2>", "<code>kubectl rollout undo</code>",
                "href=\"https://kubernetes.io/docs/\"");
    }

    @Test
    void raw_html_is_shown_as_text_not_run() {
        assertThat(RunbookHtml.render("<b onclick=\"x()\">bold</b> text")).contains("&lt;b").doesNotContain("<b ");
    }

    @Test
    void every_reason_code_has_a_runbook_with_its_four_sections() {
        Runbooks runbooks = new Runbooks(new RunbookProperties(Path.of("runbooks")));
        for (ReasonCode code : ReasonCode.values()) {
            assertThat(runbooks.html(code)).as(code.name()).hasValueSatisfying(html -> assertThat(html)
                    .contains("<h1>" + code.name() + "</h1>", "<h2>Meaning</h2>", "<h2>Impact</h2>",
                            "<h2>Diagnosis</h2>", "<h2>Mitigation</h2>"));
        }
    }

    @Test
    void a_code_is_only_a_reason_code_spelled_exactly_never_a_path() {
        assertThat(Runbooks.code("CRASH_LOOP")).contains(ReasonCode.CRASH_LOOP);
        for (String hostile : new String[] {"../CRASH_LOOP", "..", "../../etc/passwd", "CRASH_LOOP.md", "crash_loop",
                "CRASH_LOOP/../../pom.xml", "%2e%2e%2fpom", "/etc/passwd", "", " CRASH_LOOP", "CRASH_LOOP\u0000"}) {
            assertThat(Runbooks.code(hostile)).as(hostile).isEmpty();
        }
    }

    @Test
    void a_runbook_missing_from_the_folder_is_read_from_the_copy_packaged_in_the_jar(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("CRASH_LOOP.md"), "# CRASH_LOOP\n\nLocal edition.\n");
        Runbooks runbooks = new Runbooks(new RunbookProperties(dir));

        assertThat(runbooks.html(ReasonCode.CRASH_LOOP)).hasValueSatisfying(h -> assertThat(h).contains("Local edition."));
        assertThat(runbooks.html(ReasonCode.OOM_KILLED)).hasValueSatisfying(h -> assertThat(h).contains("<h1>OOM_KILLED</h1>"));
        Runbooks nowhere = new Runbooks(new RunbookProperties(dir.resolve("absent")));
        assertThat(nowhere.html(ReasonCode.DATA_STALE)).isPresent();
    }
}
