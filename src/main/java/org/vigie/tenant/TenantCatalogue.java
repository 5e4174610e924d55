package org.vigie.tenant;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The running catalogue of tenants, read from PostgreSQL after {@code tenants/} has been loaded
 * into it at start-up. Readers get an immutable list.
 */
@Service
public class TenantCatalogue implements InitializingBean {

    private final TenantCatalogueLoader loader;
    private final TenantRepository repository;
    private final TenantProperties properties;
    private final ApplicationEventPublisher events;
    private volatile List<Tenant> tenants = List.of();
    private volatile CatalogueLoadReport lastLoad;

    TenantCatalogue(TenantCatalogueLoader loader, TenantRepository repository, TenantProperties properties,
            ApplicationEventPublisher events) {
        this.loader = loader;
        this.repository = repository;
        this.properties = properties;
        this.events = events;
    }

    @Override
    public void afterPropertiesSet() {
        load();
    }

    /**
     * Loads {@code vigie.tenants.dir} into the database, refreshes the in-memory view, then tells
     * its readers ({@link CatalogueReloaded}, synchronously).
     */
    public CatalogueLoadReport reload() {
        CatalogueLoadReport report = load();
        events.publishEvent(new CatalogueReloaded(report));
        return report;
    }

    private CatalogueLoadReport load() {
        lastLoad = loader.load(properties.dir());
        tenants = List.copyOf(repository.findAll());
        return lastLoad;
    }

    /**
     * Writes one tenant into the catalogue (a tenant onboarded from the console), then tells the
     * readers as a reload does. {@code sourceFile} is the file name it is (or would be) written to.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another tenant uses its namespace
     */
    public void register(Tenant tenant, String sourceFile) {
        repository.upsert(tenant, sourceFile, java.time.Instant.now());
        refreshAndTell();
    }

    /** Removes a tenant from the catalogue (offboarding); its file, if any, must be removed too. */
    public void remove(String name) {
        repository.delete(name);
        refreshAndTell();
    }

    private void refreshAndTell() {
        tenants = List.copyOf(repository.findAll());
        events.publishEvent(new CatalogueReloaded(lastLoad));
    }

    public List<Tenant> all() {
        return tenants;
    }

    /** The regions of the catalogue's tenants, in order. */
    public SortedSet<String> regions() {
        return tenants.stream().map(Tenant::region).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The catalogue's tenant names, in order. */
    public SortedSet<String> names() {
        return tenants.stream().map(Tenant::name).collect(Collectors.toCollection(TreeSet::new));
    }

    public Optional<Tenant> find(String name) {
        return tenants.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public CatalogueLoadReport lastLoad() {
        return lastLoad;
    }
}
