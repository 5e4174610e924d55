package org.vigie.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.vigie.audit.AuditCheckpoint;
import org.vigie.audit.AuditCsv;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.audit.AuditRecord;
import org.vigie.audit.AuditVerification;
import org.vigie.platform.DisplayTime;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * The audit trail with filters, a check of its keyed chain (against a checkpoint kept elsewhere, if
 * pasted), and a CSV export of what is shown.
 */
@Menu(title = "Audit trail", order = 20)
@Route("audit")
@RolesAllowed("OPERATOR")
@PageTitle("Audit — Vigie")
class AuditView extends VerticalLayout {


    private final AuditLog audit;
    final ComboBox<String> tenant = new ComboBox<>("Tenant");
    final TextField actor = new TextField("Actor");
    final DateTimePicker from = new DateTimePicker("From (Paris time)");
    final DateTimePicker to = new DateTimePicker("To (Paris time)");
    final Grid<AuditRecord> records = new Grid<>();
    final Span verification = new Span();
    final Span proof = new Span();
    final TextArea checkpoint = new TextArea("Last checkpoint (JSON, optional: detects a deleted tail or a rewritten chain)");
    final Span error = new Span();

    AuditView(AuditLog audit, TenantCatalogue catalogue) {
        this.audit = audit;
        setSizeFull();
        tenant.setItems(catalogue.all().stream().map(Tenant::name).sorted().toList());
        tenant.setClearButtonVisible(true);
        Button search = new Button("Search", e -> refresh());
        Button verify = new Button("Verify the chain", e -> verify());
        verify.setId("audit-verify");
        Button current = new Button("Current checkpoint", e -> checkpoint.setValue(audit.checkpoint().json()));
        current.setId("audit-checkpoint-now");
        checkpoint.setId("audit-checkpoint");
        checkpoint.setWidthFull();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = AuditCsv.of(audit.find(filter())).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "vigie-audit.csv", "text/csv", csv.length);
        }), "Export CSV");
        export.setId("audit-export");
        HorizontalLayout filters = new HorizontalLayout(tenant, actor, from, to, search, verify, current, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        verification.setId("audit-verification");
        proof.setId("audit-proof");
        error.setId("audit-error");
        records.setId("audit-records");
        records.addThemeVariants(GridVariant.LUMO_COMPACT);
        records.addColumn(AuditRecord::id).setHeader("#").setWidth("5em").setFlexGrow(0);
        records.addColumn(r -> DisplayTime.dateTime(r.at())).setHeader("When (Paris)").setAutoWidth(true);
        records.addColumn(AuditRecord::actor).setHeader("Actor");
        records.addColumn(AuditRecord::action).setHeader("Action");
        records.addColumn(r -> r.tenant() == null ? "" : r.tenant() + (r.service() == null ? "" : " / " + r.service()))
                .setHeader("Tenant / service").setAutoWidth(true);
        records.addColumn(r -> r.fromReplicas() == null ? "" : r.fromReplicas() + " → " + r.toReplicas())
                .setHeader("From → to");
        records.addColumn(AuditRecord::outcome).setHeader("Outcome");
        records.addColumn(AuditRecord::reason).setHeader("Reason").setFlexGrow(2);
        records.addColumn(AuditRecord::incident).setHeader("Incident");
        records.addColumn(AuditRecord::detail).setHeader("Detail").setFlexGrow(3);
        add(new H2("Audit trail"), filters, checkpoint, verification, proof, error, records);
        refresh();
    }

    AuditFilter filter() {
        String who = actor.getValue() == null || actor.getValue().isBlank() ? null : actor.getValue().trim();
        return new AuditFilter(tenant.getValue(), who, instant(from.getValue()), instant(to.getValue()));
    }

    void refresh() {
        if (from.getValue() != null && to.getValue() != null && !to.getValue().isAfter(from.getValue())) {
            error.setText("'To' must be after 'From'");
            return;
        }
        error.setText("");
        List<AuditRecord> found = audit.find(filter());
        records.setItems(found);
    }

    void verify() {
        AuditCheckpoint given;
        try {
            given = checkpoint.getValue().isBlank() ? null : AuditCheckpoint.parse(checkpoint.getValue());
        } catch (IllegalArgumentException e) {
            verification.setText("Checkpoint not usable: " + e.getMessage());
            proof.setText("");
            return;
        }
        AuditVerification result = audit.verify(given);
        verification.setText(result.headline());
        proof.setText(result.proof());
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(DisplayTime.ZONE).toInstant();
    }
}
