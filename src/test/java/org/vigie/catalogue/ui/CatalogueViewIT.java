package org.vigie.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.audit.AuditRecord;
import org.vigie.catalogue.CatalogueReload;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.Callers;

@SpringBootTest
@WithUserDetails("manager")
class CatalogueViewIT extends SpringBrowserlessTest {

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    CatalogueReload reload;

    @Autowired
    AuditLog audit;

    @Test
    void an_account_manager_reloads_the_tenant_files_and_the_reload_is_audited() {
        navigate(CatalogueView.class);
        int before = audit.find(new AuditFilter(null, "manager", null, null)).size();

        test($(Button.class).id("catalogue-reload")).click();

        assertThat($(Paragraph.class).id("catalogue-summary").getText())
                .startsWith(catalogue.all().size() + " ENT chargé(s) depuis ").endsWith("0 fichier(s) refusé(s).");
        AuditRecord last = audit.find(new AuditFilter(null, "manager", null, null)).getLast();
        assertThat(audit.find(new AuditFilter(null, "manager", null, null))).hasSize(before + 1);
        assertThat(last.action()).isEqualTo("catalogue");
        assertThat(last.outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    @Test
    void an_operator_cannot_reload_the_catalogue_even_by_calling_the_service() {
        assertThatThrownBy(() -> reload.reload(Callers.operator())).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.find(new AuditFilter(null, "operator", null, null)))
                .anySatisfy(r -> assertThat(r.detail()).startsWith("reloading the tenant catalogue refused"));
    }
}
