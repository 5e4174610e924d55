package org.vigie.onboarding.ui;

import static org.vigie.platform.Messages.inPage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** « Télécharger le fichier YAML »: the tenant's file for {@code tenants/}, as the catalogue now holds it. */
final class TenantFileLink {

    private TenantFileLink() {
    }

    static Anchor of(OnboardingFlow flow, String runId, String tenant) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] yaml = flow.tenantFile(runId).orElse("").getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(yaml), tenant + ".yaml", "application/yaml",
                    yaml.length);
        }), inPage("onboarding.ui.tenantFile", tenant));
        link.setId("onb-tenant-file");
        return link;
    }
}
