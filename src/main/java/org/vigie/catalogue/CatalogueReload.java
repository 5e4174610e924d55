package org.vigie.catalogue;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.health.FleetSnapshotPublisher;
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
    private final FleetSnapshotPublisher fleet;
    private final SecurityAudit audit;

    CatalogueReload(TenantCatalogue catalogue, FleetSnapshotPublisher fleet, SecurityAudit audit) {
        this.catalogue = catalogue;
        this.fleet = fleet;
        this.audit = audit;
    }

    public CatalogueLoadReport reload(Caller caller) {
        if (!caller.has(Role.ACCOUNT_MANAGER)) {
            audit.denied(caller.username(), "reloading the tenant catalogue", null,
                    "the catalogue is for account managers; your roles: " + caller.roles());
            throw new AccessDeniedException("reloading the tenant catalogue is for account managers");
        }
        CatalogueLoadReport report = catalogue.reload();
        fleet.refreshAll();
        audit.record(caller.username(), "catalogue", report.hasProblems() ? Outcome.FAILED : Outcome.SUCCEEDED,
                "reloaded " + report.directory() + ": " + report.loadedTenants().size() + " tenant(s) loaded, "
                        + report.rejectedFiles() + " file(s) refused");
        return report;
    }
}
