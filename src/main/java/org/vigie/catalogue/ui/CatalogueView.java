package org.vigie.catalogue.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.vigie.catalogue.CatalogueReload;
import org.vigie.platform.DisplayTime;
import org.vigie.security.CurrentCaller;
import org.vigie.tenant.CatalogueLoadReport;
import org.vigie.tenant.CatalogueProblem;
import org.vigie.tenant.TenantCatalogue;

/** The tenant catalogue as last loaded: what loaded, which files were refused and why; reload on demand. */
@Menu(title = "menu.catalogue", order = 30)
@Route("catalogue")
@RolesAllowed("ACCOUNT_MANAGER")
class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final Paragraph summary = new Paragraph();
    private final Grid<CatalogueProblem> problems = new Grid<>();

    CatalogueView(TenantCatalogue catalogue, CatalogueReload reload, CurrentCaller currentCaller) {
        summary.setId("catalogue-summary");
        problems.setId("catalogue-problems");
        problems.setAllRowsVisible(true);
        problems.addColumn(CatalogueProblem::file).setHeader(getTranslation("catalogue.file"));
        problems.addColumn(CatalogueProblem::field).setHeader(getTranslation("catalogue.field"));
        problems.addColumn(CatalogueProblem::value).setHeader(getTranslation("catalogue.value"));
        problems.addColumn(CatalogueProblem::allowed).setHeader(getTranslation("catalogue.allowed")).setFlexGrow(3);
        Button reloadButton = new Button(getTranslation("catalogue.reload"), e -> show(reload.reload(currentCaller.get())));
        reloadButton.setId("catalogue-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reloadButton.setDisableOnClick(true);
        reloadButton.addClickListener(e -> reloadButton.setEnabled(true));
        add(new H2(getTranslation("catalogue.title")), summary, reloadButton, problems);
        show(catalogue.lastLoad());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.catalogue") + " — Vigie";
    }

    private void show(CatalogueLoadReport report) {
        summary.setText(getTranslation("catalogue.summary", report.loadedTenants().size(), report.directory(),
                DisplayTime.dateTime(report.loadedAt()), report.rejectedFiles()) + (report.hasProblems() ? " :" : "."));
        problems.setItems(report.problems());
        problems.setVisible(report.hasProblems());
    }
}
