package org.vigie.onboarding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.tenant.TenantDocuments;
import org.vigie.tenant.TenantProperties;

/**
 * After a run is applied: the catalogue row (PostgreSQL) first, then the tenant file in
 * {@code vigie.tenants.dir} when that directory is writable (decision 0021).
 */
@Component
class CatalogueUpdate {

    private static final Logger log = LoggerFactory.getLogger(CatalogueUpdate.class);

    private final TenantCatalogue catalogue;
    private final TenantProperties properties;

    CatalogueUpdate(TenantCatalogue catalogue, TenantProperties properties) {
        this.catalogue = catalogue;
        this.properties = properties;
    }

    void after(OnboardingRun run, String documentJson) {
        String file = run.tenant() + ".yaml";
        if (run.kind() == OnboardingKind.OFFBOARD) {
            catalogue.remove(run.tenant());
            write(file, null);
            return;
        }
        var document = TenantDocumentWriter.parse(documentJson);
        catalogue.register(TenantDocuments.read(file, document).tenant(), file);
        write(file, TenantDocumentWriter.yaml(document));
    }

    private void write(String fileName, String yaml) {
        Path dir = properties.dir();
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            return;
        }
        try {
            Path file = dir.resolve(fileName);
            if (yaml == null) {
                Files.deleteIfExists(file);
            } else {
                Files.writeString(file, yaml);
            }
        } catch (IOException e) {
            log.warn("Tenant file {} not written in {}: {}", fileName, dir, e.getMessage());
        }
    }
}
