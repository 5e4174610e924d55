package org.vigie.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditEntry;
import org.vigie.audit.AuditLog;
import org.vigie.audit.AuditRecord;

@SpringBootTest
@WithUserDetails("operator")
class AuditViewIT extends SpringBrowserlessTest {

    @Autowired
    AuditLog audit;

    @Test
    void the_audit_view_filters_by_tenant_and_actor_and_verifies_the_chain() {
        String actor = "auditor-" + UUID.randomUUID();
        audit.append(new AuditEntry(actor, "scale", "nord-colleges", "sso", 3, 5, "test", null, Outcome.REQUESTED,
                "replicas", UUID.randomUUID(), null));
        audit.append(new AuditEntry(actor, "scale", "somme-colleges", "sso", 3, 5, "test", null, Outcome.REQUESTED,
                "replicas", UUID.randomUUID(), null));

        AuditView view = navigate(AuditView.class);
        test(view.actor).setValue(actor);
        test(view.tenant).selectItem("nord-colleges");
        view.refresh();

        assertThat(test(view.records).size()).isEqualTo(1);
        assertThat(((AuditRecord) test(view.records).getRow(0)).tenant()).isEqualTo("nord-colleges");
        view.verify();
        assertThat(view.verification.getText()).startsWith("Chain intact: ").endsWith("record(s) verified");
    }

    @Test
    void the_audit_view_verifies_the_chain_against_a_pasted_checkpoint_and_says_what_it_proves() {
        audit.append(new AuditEntry("checkpointer", "scale", "nord-colleges", "sso", 3, 5, "test", null,
                Outcome.REQUESTED, "replicas", UUID.randomUUID(), null));
        AuditView view = navigate(AuditView.class);

        test(view.checkpoint).setValue(audit.checkpoint().json());
        view.verify();
        String checked = view.proof.getText();
        test(view.checkpoint).setValue("{\"records\": -1}");
        view.verify();

        assertThat(checked).contains("keyed (HMAC-SHA256) since record #").contains("consistent with the checkpoint");
        assertThat(view.verification.getText()).isEqualTo("Point de contrôle inutilisable : field 'records': -1 is not allowed; "
                + "expected a whole number of records, 0 or more");
    }
}
