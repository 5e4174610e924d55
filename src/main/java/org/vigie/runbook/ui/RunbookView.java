package org.vigie.runbook.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.vigie.health.ReasonCode;
import org.vigie.platform.DisplayTime;
import org.vigie.platform.TextLimit;
import org.vigie.runbook.RunbookNotes;
import org.vigie.runbook.RunbookNotes.NoteRefused;
import org.vigie.runbook.Runbooks;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * {@code /runbooks/<CODE>}: the runbook of a reason code, rendered and sanitised; opened from a tenant
 * ({@code ?tenant=<name>}), with that tenant's note, which an OPERATOR or ADMIN may edit.
 */
@Route("runbooks")
@RolesAllowed("VIEWER")
class RunbookView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Runbooks runbooks;
    private final RunbookNotes notes;
    private final TenantCatalogue catalogue;
    private final Caller caller;
    private final Div note = new Div();
    private ReasonCode code;

    RunbookView(Runbooks runbooks, RunbookNotes notes, TenantCatalogue catalogue, CurrentCaller currentCaller) {
        this.runbooks = runbooks;
        this.notes = notes;
        this.catalogue = catalogue;
        this.caller = currentCaller.get();
        note.setId("runbook-note");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        code = Runbooks.code(parameter).orElse(null);
        String html = code == null ? null : runbooks.html(code).orElse(null);
        if (html == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Html body = new Html("<div class=\"runbook\">" + html + "</div>");
        body.setId("runbook-body");
        List<String> tenants = event.getLocation().getQueryParameters().getParameters().getOrDefault("tenant", List.of());
        add(new H2(getTranslation("runbook.title", code.name())));
        tenants.stream().findFirst().ifPresent(this::showNote);
        add(body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("runbook.title", code == null ? "" : code.name()) + " — Vigie";
    }

    private void showNote(String name) {
        note.removeAll();
        Tenant tenant = catalogue.find(name).orElse(null);
        if (tenant == null) {
            note.add(new Paragraph(getTranslation("runbook.note.unknownTenant", name)));
            add(note);
            return;
        }
        note.add(new H3(getTranslation("runbook.note.title", tenant.displayName())),
                new Anchor("tenants/" + tenant.name(), getTranslation("runbook.backToTenant", tenant.displayName())));
        Paragraph current = new Paragraph();
        current.setId("runbook-note-text");
        note.add(current);
        Paragraph message = new Paragraph();
        message.setId("runbook-note-message");
        showCurrent(current, tenant);
        if (notes.mayWrite(caller, tenant)) {
            TextField field = new TextField(getTranslation("runbook.note.field"));
            field.setId("runbook-note-field");
            field.setWidthFull();
            TextLimit.of(field, RunbookNotes.MAX_LENGTH);
            notes.find(tenant.name(), code).ifPresent(n -> field.setValue(n.text()));
            Button save = new Button(getTranslation("runbook.note.save"), e -> {
                if (TextLimit.check(field)) {
                    return;
                }
                try {
                    notes.save(caller, tenant.name(), code, field.getValue());
                    message.setText(getTranslation("runbook.note.saved"));
                    showCurrent(current, tenant);
                } catch (NoteRefused refused) {
                    message.setText(getTranslation(refused.key(), refused.args()));
                }
            });
            save.setId("runbook-note-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            note.add(field, save, message);
        }
        add(note);
    }

    private void showCurrent(Paragraph current, Tenant tenant) {
        current.setText(notes.find(tenant.name(), code)
                .map(n -> getTranslation("runbook.note.shown", n.text(), n.updatedBy(), DisplayTime.dateTime(n.updatedAt())))
                .orElse(getTranslation("runbook.note.none")));
    }
}
