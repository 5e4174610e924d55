package org.vigie.audit.ui;

import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "menu.audit", order = 20)
@Route("audit")
@RolesAllowed("OPERATOR")
class AuditView extends VerticalLayout implements HasDynamicTitle {


    private final AuditLog audit;
    final ComboBox<String> tenant = new ComboBox<>();
    final TextField actor = new TextField();
    final DateTimePicker from = new DateTimePicker();
    final DateTimePicker to = new DateTimePicker();
    final Grid<AuditRecord> records = new Grid<>();
    final Span verification = new Span();
    final Span proof = new Span();
    final TextArea checkpoint = new TextArea();
    final Span error = new Span();

    AuditView(AuditLog audit, TenantCatalogue catalogue) {
        this.audit = audit;
        setSizeFull();
        tenant.setItems(catalogue.all().stream().map(Tenant::name).sorted().toList());
        tenant.setClearButtonVisible(true);
        tenant.setLabel(getTranslation("audit.tenant"));
        actor.setLabel(getTranslation("audit.actor"));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        checkpoint.setLabel(getTranslation("audit.checkpoint"));
        Button search = new Button(getTranslation("audit.search"), e -> refresh());
        Button verify = new Button(getTranslation("audit.verify"), e -> verify());
        verify.setId("audit-verify");
        Button current = new Button(getTranslation("audit.currentCheckpoint"), e -> checkpoint.setValue(audit.checkpoint().json()));
        current.setId("audit-checkpoint-now");
        checkpoint.setId("audit-checkpoint");
        checkpoint.setWidthFull();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = AuditCsv.of(audit.find(filter())).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "vigie-audit.csv", "text/csv", csv.length);
        }), getTranslation("audit.exportCsv"));
        export.setId("audit-export");
        HorizontalLayout filters = new HorizontalLayout(tenant, actor, from, to, search, verify, current, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        verification.setId("audit-verification");
        proof.setId("audit-proof");
        error.setId("audit-error");
        records.setId("audit-records");
        records.addThemeVariants(GridVariant.LUMO_COMPACT);
        records.addColumn(AuditRecord::id).setHeader("#").setWidth("5em").setFlexGrow(0);
        records.addColumn(r -> DisplayTime.dateTime(r.at())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        records.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.actor"));
        records.addColumn(AuditRecord::action).setHeader(getTranslation("audit.action"));
        records.addColumn(r -> r.tenant() == null ? "" : r.tenant() + (r.service() == null ? "" : " / " + r.service()))
                .setHeader(getTranslation("grid.tenantService")).setAutoWidth(true);
        records.addColumn(r -> r.fromReplicas() == null ? "" : r.fromReplicas() + " → " + r.toReplicas())
                .setHeader(getTranslation("audit.fromTo"));
        records.addColumn(AuditRecord::outcome).setHeader(getTranslation("bulk.outcome"));
        records.addColumn(AuditRecord::reason).setHeader(getTranslation("audit.reason")).setFlexGrow(2);
        records.addColumn(AuditRecord::incident).setHeader(getTranslation("audit.incident"));
        records.addColumn(AuditRecord::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(3);
        add(new H2(getTranslation("menu.audit")), filters, checkpoint, verification, proof, error, records);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit") + " — Vigie";
    }

    AuditFilter filter() {
        String who = actor.getValue() == null || actor.getValue().isBlank() ? null : actor.getValue().trim();
        return new AuditFilter(tenant.getValue(), who, instant(from.getValue()), instant(to.getValue()));
    }

    void refresh() {
        if (from.getValue() != null && to.getValue() != null && !to.getValue().isAfter(from.getValue())) {
            to.setErrorMessage(getTranslation("audit.toBeforeFrom"));
            to.setInvalid(true);
            error.setText(getTranslation("audit.toBeforeFrom"));
            return;
        }
        error.setText("");
        to.setInvalid(false);
        List<AuditRecord> found = audit.find(filter());
        records.setItems(found);
    }

    void verify() {
        AuditCheckpoint given;
        try {
            given = checkpoint.getValue().isBlank() ? null : AuditCheckpoint.parse(checkpoint.getValue());
        } catch (IllegalArgumentException e) {
            verification.setText(getTranslation("audit.badCheckpoint", e.getMessage()));
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
