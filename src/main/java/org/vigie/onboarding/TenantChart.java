package org.vigie.onboarding;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vigie.tenant.Tenant;

/**
 * The {@code ent-tenant} Helm chart, rendered for one tenant of the catalogue with helm-java (no
 * Helm binary, no cluster): the objects a tenant's ENT is made of, before anything is applied.
 */
@Component
public class TenantChart {

    static final String NAME = "ent-tenant";

    /**
     * The Helm release name. Not the tenant's name: a release name is at most 53 characters, a
     * tenant name up to 63, and the templates name everything from the values, never the release.
     */
    private static final String RELEASE = "ent";

    private final KubernetesSerialization serialization = new KubernetesSerialization();

    /** The chart values this tenant sets: its identity, its contract quota and its services. */
    public Map<String, Object> values(Tenant tenant) {
        return TenantChartValues.of(tenant);
    }

    /**
     * The tenant's objects as the chart renders them.
     *
     * @throws ChartRefusedException when the values break the chart's schema or checks
     */
    public List<HasMetadata> render(Tenant tenant) {
        return render(tenant.name(), tenant.namespace(), values(tenant));
    }

    /** Renders any values (the tenant keys and overrides of the chart's defaults); {@code tenant} names them in errors. */
    List<HasMetadata> render(String tenant, String namespace, Map<String, ?> values) {
        try (ChartDirectory directory = ChartDirectory.extract(NAME)) {
            String manifests;
            try {
                manifests = new Helm(directory.chart()).template()
                        .withName(RELEASE)
                        .withNamespace(namespace)
                        .withValuesFile(directory.writeBeside("tenant-values.yaml", TenantChartValues.yaml(values)))
                        .call();
            } catch (IllegalStateException e) {
                throw new ChartRefusedException("The chart " + NAME + " refused the values of " + tenant + ": "
                        + e.getMessage().strip(), e);
            }
            return parse(manifests);
        }
    }

    /** {@code helm lint --strict} of the chart with this tenant's values. */
    public ChartLint lint(Tenant tenant) {
        try (ChartDirectory directory = ChartDirectory.extract(NAME)) {
            // The tenant keys have no default in values.yaml, so adding them keeps one valid document.
            directory.appendToValues(TenantChartValues.yaml(values(tenant)));
            LintResult result = new Helm(directory.chart()).lint().strict().call();
            return new ChartLint(!result.isFailed(), result.getMessages());
        }
    }

    private List<HasMetadata> parse(String manifests) {
        Object parsed = serialization.unmarshal(manifests);
        return switch (parsed) {
            case null -> List.of();
            case KubernetesList list -> List.copyOf(list.getItems());
            case List<?> list -> list.stream().map(HasMetadata.class::cast).toList();
            case HasMetadata object -> List.of(object);
            default -> throw new IllegalStateException("The chart " + NAME + " rendered something that is not "
                    + "Kubernetes objects: " + parsed.getClass().getName());
        };
    }
}
