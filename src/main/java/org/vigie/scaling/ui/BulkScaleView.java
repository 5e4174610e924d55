package org.vigie.scaling.ui;

import org.vigie.scaling.ScaleRequest;
import org.vigie.platform.TextLimit;
import org.vigie.tenant.Regions;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "menu.bulk", order = 10)
@Route("scaling/bulk")
@RolesAllowed("OPERATOR")
class BulkScaleView extends VerticalLayout implements HasDynamicTitle {

    private final Caller caller;

    enum Mode { TARGET, FACTOR }

    private final BulkScaling bulk;
    final ComboBox<String> region = new ComboBox<>();
    final ComboBox<String> service = new ComboBox<>();
    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final IntegerField target = new IntegerField();
    final NumberField factor = new NumberField();
    final TextField reason = new TextField();
    final TextField incident = new TextField();
    final Grid<Item> items = new Grid<>();
    final ProgressBar progress = new ProgressBar();
    final Span report = new Span();
    final Button run = new Button();
    private final Map<Item, String> outcomes = new HashMap<>();
    private List<Item> plan = List.of();

    BulkScaleView(BulkScaling bulk, TenantCatalogue catalogue, CurrentCaller currentCaller) {
        this.caller = currentCaller.get();
        this.bulk = bulk;
        region.setLabel(getTranslation("bulk.region"));
        service.setLabel(getTranslation("bulk.service"));
        mode.setLabel(getTranslation("bulk.change"));
        target.setLabel(getTranslation("scale.replicas"));
        factor.setLabel(getTranslation("bulk.factor"));
        reason.setLabel(getTranslation("bulk.reason"));
        TextLimit.of(reason, ScaleRequest.MAX_REASON);
        incident.setLabel(getTranslation("scale.incident"));
        TextLimit.of(incident, ScaleRequest.MAX_INCIDENT);
        run.setText(getTranslation("bulk.run"));
        region.setItems(catalogue.regions());
        region.setItemLabelGenerator(Regions::displayName);
        region.setClearButtonVisible(true);
        service.setItems(catalogue.all().stream().flatMap(t -> t.services().stream()).map(ServiceSpec::name)
                .distinct().sorted().toList());
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("bulk.mode." + m.name()));
        mode.setValue(Mode.TARGET);
        target.setMin(0);
        factor.setMin(0);
        factor.setStep(0.1);
        factor.setVisible(false);
        mode.addValueChangeListener(e -> {
            target.setVisible(e.getValue() == Mode.TARGET);
            factor.setVisible(e.getValue() == Mode.FACTOR);
        });
        // What runs is what the screen shows: every change of the selection plans again.
        region.addValueChangeListener(e -> preview());
        service.addValueChangeListener(e -> preview());
        mode.addValueChangeListener(e -> preview());
        target.addValueChangeListener(e -> preview());
        factor.addValueChangeListener(e -> preview());
        reason.setWidth("30em");
        Button preview = new Button(getTranslation("bulk.preview"), e -> preview());
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
        items.addColumn(Item::tenant).setHeader(getTranslation("bulk.tenant"));
        items.addColumn(Item::service).setHeader(getTranslation("bulk.service"));
        items.addColumn(i -> i.from() + " → " + i.to() + (i.autoscaled() ? getTranslation("bulk.hpaMinimum") : ""))
                .setHeader(getTranslation("bulk.change"));
        items.addColumn(i -> outcomes.getOrDefault(i, bulk.foreseenRefusal(i)
                .map(refusal -> getTranslation("bulk.willBeRefused", refusal.text(getLocale()))).orElse("")))
                .setHeader(getTranslation("bulk.outcome")).setFlexGrow(4);
        progress.setVisible(false);
        report.setId("bulk-report");
        add(new H2(getTranslation("menu.bulk")), new Paragraph(getTranslation("bulk.intro")), form, why, progress, report,
                items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.bulk") + " — Vigie";
    }

    void preview() {
        outcomes.clear();
        report.setText("");
        target.setInvalid(false);
        factor.setInvalid(false);
        service.setInvalid(false);
        plan = List.of();
        items.setItems(plan);
        if (service.getValue() == null) {
            refuse(service, getTranslation("bulk.chooseService"));
            run.setEnabled(false);
            return;
        }
        Change change;
        if (mode.getValue() == Mode.TARGET) {
            if (target.getValue() == null || target.getValue() < 0) {
                refuse(target, getTranslation("bulk.badReplicas"));
                run.setEnabled(false);
                return;
            }
            change = new Change(target.getValue(), null);
        } else {
            if (factor.getValue() == null || factor.getValue() <= 0 || factor.getValue() > 20) {
                refuse(factor, getTranslation("bulk.badFactor"));
                run.setEnabled(false);
                return;
            }
            change = new Change(null, factor.getValue());
        }
        plan = bulk.plan(caller, region.getValue(), service.getValue(), change);
        items.setItems(plan);
        report.setText(caller.scope().unrestricted() ? getTranslation("bulk.selected", plan.size())
                : getTranslation("bulk.selectedInScope", plan.size(), caller.scope().describe()));
        run.setEnabled(!plan.isEmpty());
    }

    private void refuse(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        report.setText(message);
        run.setEnabled(false);
    }

    private void start(UI ui) {
        if (reason.getValue() == null || reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("bulk.reasonRequired"));
            reason.setInvalid(true);
            report.setText(getTranslation("bulk.reasonRequired"));
            run.setEnabled(true);
            return;
        }
        if (TextLimit.check(reason) | TextLimit.check(incident)) {
            report.setText(getTranslation("field.fixHighlighted"));
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
                outcomes.put(result.item(), result.result().scaled()
                        ? "✔ " + ScaleOutcomeText.of(result.result()) : "✘ " + ScaleOutcomeText.refusal(result.result()));
                progress.setValue((double) ++done[0] / toRun.size());
                items.getDataProvider().refreshItem(result.item());
            }));
            long succeeded = results.stream().filter(r -> r.result().scaled()).count();
            ui.access(() -> report.setText(getTranslation("bulk.summary", succeeded, results.size() - succeeded)));
        });
    }
}
