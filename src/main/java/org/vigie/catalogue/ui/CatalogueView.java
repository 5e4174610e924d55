package org.vigie.catalogue.ui;

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
@Menu(title = "Catalogue", order = 30)
@Route("catalogue")
@PageTitle("Catalogue — Vigie")
@RolesAllowed("ACCOUNT_MANAGER")
class CatalogueView extends VerticalLayout {

    private final Paragraph summary = new Paragraph();
    private final Grid<CatalogueProblem> problems = new Grid<>();

    CatalogueView(TenantCatalogue catalogue, CatalogueReload reload, CurrentCaller currentCaller) {
        summary.setId("catalogue-summary");
        problems.setId("catalogue-problems");
        problems.setAllRowsVisible(true);
        problems.addColumn(CatalogueProblem::file).setHeader("File");
        problems.addColumn(CatalogueProblem::field).setHeader("Field");
        problems.addColumn(CatalogueProblem::value).setHeader("Value");
        problems.addColumn(CatalogueProblem::allowed).setHeader("Allowed").setFlexGrow(3);
        Button reloadButton = new Button("Reload tenant files", e -> show(reload.reload(currentCaller.get())));
        reloadButton.setId("catalogue-reload");
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reloadButton.setDisableOnClick(true);
        reloadButton.addClickListener(e -> reloadButton.setEnabled(true));
        add(new H2("Tenant catalogue"), summary, reloadButton, problems);
        show(catalogue.lastLoad());
    }

    private void show(CatalogueLoadReport report) {
        summary.setText(report.loadedTenants().size() + " tenant(s) loaded from " + report.directory() + " at "
                + DisplayTime.dateTime(report.loadedAt()) + "; "
                + report.rejectedFiles() + " file(s) refused" + (report.hasProblems() ? ":" : "."));
        problems.setItems(report.problems());
        problems.setVisible(report.hasProblems());
    }
}
