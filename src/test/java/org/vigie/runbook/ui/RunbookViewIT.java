package org.vigie.runbook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.audit.AuditRecord;
import org.vigie.health.ReasonCode;
import org.vigie.runbook.RunbookNotes;
import org.vigie.runbook.RunbookNotes.NoteRefused;
import org.vigie.testing.Callers;

/** The runbook page through Vaadin, without a browser, in demo mode (the shared browserless context). */
@SpringBootTest
class RunbookViewIT extends SpringBrowserlessTest {

    @Autowired
    AuditLog audit;

    @Autowired
    RunbookNotes notes;

    void open(String code, String tenant) {
        UI.getCurrent().navigate("runbooks/" + code,
                tenant == null ? QueryParameters.empty() : QueryParameters.of("tenant", tenant));
    }

    String page() {
        return getCurrentView().getElement().getOuterHTML();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_a_runbook_rendered_as_html_without_an_editor() {
        open("CRASH_LOOP", "somme-colleges");

        assertThat($(Html.class).id("runbook-body").getInnerHtml()).contains("<h2>Mitigation</h2>",
                "<code>CrashLoopBackOff</code>");
        assertThat($(Paragraph.class).id("runbook-note-text").getText()).isEqualTo("Aucune note pour cet ENT.");
        assertThat($(TextField.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void an_unknown_code_or_a_path_is_a_404_page_and_reads_no_file() {
        for (String code : List.of("NOPE", "crash_loop", "...", "CRASH_LOOP.md", "..%2Fpom.xml", "%2e%2e%2fpom.xml")) {
            open(code, null);
            assertThat(getCurrentView().getElement().getAttribute("id")).as(code).isEqualTo("not-found");
            assertThat(page()).as(code).doesNotContain("<project", "spring-boot");
        }
    }

    @Test
    @WithUserDetails("operator")
    void an_operator_saves_a_note_shown_with_the_runbook_of_that_tenant_and_audited() {
        Instant before = Instant.now().minusSeconds(1);
        open("REPLICAS_UNAVAILABLE", "rhone-colleges");
        test($(TextField.class).id("runbook-note-field")).setValue("Astreinte Rhône : 04 72 00 00 00 (Mme Martin)");
        test($(Button.class).id("runbook-note-save")).click();

        assertThat($(Paragraph.class).id("runbook-note-message").getText()).startsWith("Note enregistrée");
        open("REPLICAS_UNAVAILABLE", "rhone-colleges");
        assertThat($(Paragraph.class).id("runbook-note-text").getText())
                .startsWith("Astreinte Rhône : 04 72 00 00 00 (Mme Martin) (par operator");
        open("REPLICAS_UNAVAILABLE", "isere-colleges");
        assertThat($(Paragraph.class).id("runbook-note-text").getText()).isEqualTo("Aucune note pour cet ENT.");

        List<AuditRecord> records = audit.find(new AuditFilter("rhone-colleges", "operator", before, null)).stream()
                .filter(r -> r.action().equals(RunbookNotes.ACTION)).toList();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("REPLICAS_UNAVAILABLE");
            assertThat(r.detail()).isEqualTo("note: Astreinte Rhône : 04 72 00 00 00 (Mme Martin)");
        });
    }

    @Test
    @WithUserDetails("operator")
    void hostile_note_text_is_refused_and_nothing_is_saved() {
        open("OOM_KILLED", "nord-colleges");
        test($(TextField.class).id("runbook-note-field")).setValue("appeler\u202Eel 06 ici");
        test($(Button.class).id("runbook-note-save")).click();

        assertThat($(Paragraph.class).id("runbook-note-message").getText())
                .isEqualTo("Le caractère U+202E (position 8) n'est pas permis : du texte imprimable sur une ligne "
                        + "seulement. Rien n'a été enregistré.");
        assertThat(notes.find("nord-colleges", ReasonCode.OOM_KILLED)).isEmpty();
        for (String hostile : List.of("ligne\nligne", "bip\u0007", "x".repeat(501), "\uD800")) {
            assertThatThrownBy(() -> notes.save(Callers.operator(), "nord-colleges", ReasonCode.OOM_KILLED, hostile))
                    .isInstanceOf(NoteRefused.class).hasMessageContaining("field 'note'");
        }
        assertThatThrownBy(() -> notes.save(Callers.operator(), "../nord-colleges", ReasonCode.OOM_KILLED, "x"))
                .isInstanceOf(NoteRefused.class).hasMessageContaining("not in the catalogue");
        assertThatThrownBy(() -> notes.save(Callers.viewer(), "nord-colleges", ReasonCode.OOM_KILLED, "x"))
                .hasMessageContaining("requires OPERATOR");
        assertThatThrownBy(() -> notes.save(Callers.operatorOf("auvergne-rhone-alpes"), "nord-colleges",
                ReasonCode.OOM_KILLED, "x")).isInstanceOf(NoteRefused.class).hasMessageContaining("outside your scope");
        assertThat(notes.find("nord-colleges", ReasonCode.OOM_KILLED)).isEmpty();
    }
}
