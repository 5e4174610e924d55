package org.vigie.scaling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.scaling.BulkScaling.Change;
import org.vigie.scaling.BulkScaling.Item;
import org.vigie.scaling.BulkScaling.ItemResult;
import org.vigie.scaling.BulkScaling;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantCatalogue;

/**
 * Scale a selection at once (every sso of a region, to 6 or ×1.5): preview, then run with progress
 * per item and a report of what succeeded, what was refused and why.
 */
@Menu(title = "Bulk scaling", order = 10)
@Route("scaling/bulk")
@RolesAllowed("OPERATOR")
@PageTitle("Bulk scaling — Vigie")
class BulkScaleView extends VerticalLayout {

    private final Caller caller;

    static final String TARGET = "To a number of replicas";
    static final String FACTOR = "By a factor";

    private final BulkScaling bulk;
    final ComboBox<String> region = new ComboBox<>("Region (empty: all)");
    final ComboBox<String> service = new ComboBox<>("Service");
    final RadioButtonGroup<String> mode = new RadioButtonGroup<>("Change");
    final IntegerField target = new IntegerField("Replicas");
    final NumberField factor = new NumberField("Factor");
    final TextField reason = new TextField("Reason (recorded for every item)");
    final TextField incident = new TextField("Incident reference (optional)");
    final Grid<Item> items = new Grid<>();
    final ProgressBar progress = new ProgressBar();
    final Span report = new Span();
    final Button run = new Button("Scale them all");
    private final Map<Item, String> outcomes = new HashMap<>();
    private List<Item> plan = List.of();

    BulkScaleView(BulkScaling bulk, TenantCatalogue catalogue, CurrentCaller currentCaller) {
        this.caller = currentCaller.get();
        this.bulk = bulk;
        region.setItems(catalogue.regions());
        region.setClearButtonVisible(true);
        service.setItems(catalogue.all().stream().flatMap(t -> t.services().stream()).map(ServiceSpec::name)
                .distinct().sorted().toList());
        mode.setItems(TARGET, FACTOR);
        mode.setValue(TARGET);
        target.setMin(0);
        factor.setMin(0);
        factor.setStep(0.1);
        factor.setVisible(false);
        mode.addValueChangeListener(e -> {
            target.setVisible(TARGET.equals(e.getValue()));
            factor.setVisible(FACTOR.equals(e.getValue()));
        });
        // What runs is what the screen shows: every change of the selection plans again.
        region.addValueChangeListener(e -> preview());
        service.addValueChangeListener(e -> preview());
        mode.addValueChangeListener(e -> preview());
        target.addValueChangeListener(e -> preview());
        factor.addValueChangeListener(e -> preview());
        reason.setWidth("30em");
        Button preview = new Button("Preview", e -> preview());
        preview.setId("bulk-preview");
        run.setId("bulk-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setEnabled(false);
        run.setDisableOnClick(true);
        run.addClickListener(e -> start(e.getSource().getUI().orElseThrow()));
        HorizontalLayout form = new HorizontalLayout(region, service, mode, target, factor);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout why = new HorizontalLayout(reason, incident, preview, run);
        why.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        items.setId("bulk-items");
        items.addThemeVariants(GridVariant.LUMO_COMPACT);
        items.setAllRowsVisible(true);
        items.addColumn(Item::tenant).setHeader("Tenant");
        items.addColumn(Item::service).setHeader("Service");
        items.addColumn(i -> i.from() + " → " + i.to() + (i.autoscaled() ? " (HPA minimum)" : "")).setHeader("Change");
        items.addColumn(i -> outcomes.getOrDefault(i, bulk.foreseenRefusal(i).map(refusal -> "✘ will be refused: " + refusal)
                .orElse(""))).setHeader("Outcome").setFlexGrow(4);
        progress.setVisible(false);
        report.setId("bulk-report");
        add(new H2("Bulk scaling"), new Paragraph("Each item is checked, audited and written on its own; "
                + "a refusal does not stop the others."), form, why, progress, report, items);
    }

    void preview() {
        outcomes.clear();
        report.setText("");
        plan = List.of();
        items.setItems(plan);
        if (service.getValue() == null) {
            report.setText("Choose a service.");
            run.setEnabled(false);
            return;
        }
        Change change;
        if (TARGET.equals(mode.getValue())) {
            if (target.getValue() == null || target.getValue() < 0) {
                report.setText("Replicas: a whole number from 0.");
                run.setEnabled(false);
                return;
            }
            change = new Change(target.getValue(), null);
        } else {
            if (factor.getValue() == null || factor.getValue() <= 0 || factor.getValue() > 20) {
                report.setText("Factor: a number above 0 and at most 20 (1.5 adds half).");
                run.setEnabled(false);
                return;
            }
            change = new Change(null, factor.getValue());
        }
        plan = bulk.plan(caller, region.getValue(), service.getValue(), change);
        items.setItems(plan);
        report.setText(plan.size() + " service(s) selected" + (caller.scope().unrestricted() ? "."
                : ", within your scope (" + caller.scope().describe() + ")."));
        run.setEnabled(!plan.isEmpty());
    }

    private void start(UI ui) {
        if (reason.getValue() == null || reason.getValue().isBlank()) {
            report.setText("A reason is required: it is recorded for every item.");
            run.setEnabled(true);
            return;
        }
        List<Item> toRun = plan;
        String why = reason.getValue();
        String ref = incident.getValue().isBlank() ? null : incident.getValue();
        progress.setVisible(true);
        progress.setValue(0);
        Thread.ofVirtual().name("bulk-scale").start(() -> {
            int[] done = {0};
            List<ItemResult> results = bulk.run(toRun, caller, why, ref, result -> ui.access(() -> {
                outcomes.put(result.item(), (result.result().scaled() ? "✔ " : "✘ ") + result.result().message());
                progress.setValue((double) ++done[0] / toRun.size());
                items.getDataProvider().refreshItem(result.item());
            }));
            long succeeded = results.stream().filter(r -> r.result().scaled()).count();
            ui.access(() -> report.setText(succeeded + " succeeded, " + (results.size() - succeeded)
                    + " refused or failed (see each line)."));
        });
    }
}
