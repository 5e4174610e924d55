package org.vigie.catalogue;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.security.CurrentCaller;
import org.vigie.tenant.CatalogueLoadReport;

/** {@code POST /api/v1/catalogue/reload}: re-reads the tenant files; answers the load report. */
@RestController
class CatalogueApiController {

    private final CatalogueReload reload;
    private final CurrentCaller callers;

    CatalogueApiController(CatalogueReload reload, CurrentCaller callers) {
        this.reload = reload;
        this.callers = callers;
    }

    @PostMapping("/api/v1/catalogue/reload")
    CatalogueLoadReport reload() {
        return reload.reload(callers.get());
    }
}
