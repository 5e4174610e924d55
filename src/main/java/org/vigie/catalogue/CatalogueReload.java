package org.vigie.catalogue;

import org.springframework.stereotype.Service;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.security.Caller;
import org.vigie.security.Role;
import org.vigie.security.SecurityAudit;
import org.vigie.tenant.CatalogueLoadReport;
import org.vigie.tenant.TenantCatalogue;

/**
 * Re-reads the tenant files into the catalogue on an account manager's request (after adding or
 * changing a file), then re-evaluates the whole fleet. Audited, refused to other roles.
 */
@Service
public class CatalogueReload {

    private final TenantCatalogue catalogue;
    private final SecurityAudit audit;

    CatalogueReload(TenantCatalogue catalogue, SecurityAudit audit) {
        this.catalogue = catalogue;
        this.audit = audit;
    }

    public CatalogueLoadReport reload(Caller caller) {
        audit.requireRole(caller, Role.ACCOUNT_MANAGER, "reloading the tenant catalogue",
                "the catalogue is for account managers; your roles: " + caller.roles());
        CatalogueLoadReport report = catalogue.reload();
        audit.record(caller.username(), "catalogue", report.hasProblems() ? Outcome.FAILED : Outcome.SUCCEEDED,
                "reloaded " + report.directory() + ": " + report.loadedTenants().size() + " tenant(s) loaded, "
                        + report.rejectedFiles() + " file(s) refused");
        return report;
    }
}
