package org.vigie.onboarding;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.Tenant;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The values of the {@code ent-tenant} chart that come from a catalogue tenant: {@code tenant},
 * {@code quota} and {@code services}. Every other value keeps the chart's default.
 */
final class TenantChartValues {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .build();

    private TenantChartValues() {
    }

    static Map<String, Object> of(Tenant tenant) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("name", tenant.name());
        identity.put("namespace", tenant.namespace());
        identity.put("displayName", tenant.displayName());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("tenant", identity);
        values.put("quota", Map.of(
                "cpu", tenant.quota().cpu(),
                "memory", tenant.quota().memory(),
                "pods", tenant.quota().pods()));
        values.put("services", tenant.services().stream().map(TenantChartValues::service).toList());
        return values;
    }

    private static Map<String, Object> service(ServiceSpec service) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", service.name());
        values.put("priority", service.priority().name().toLowerCase(Locale.ROOT));
        values.put("minReplicas", service.minReplicas());
        values.put("maxReplicas", service.maxReplicas());
        values.put("requests", Map.of("cpu", service.cpuRequest(), "memory", service.memoryRequest()));
        values.put("autoscaling", service.autoscaling());
        return values;
    }

    /** The values as one YAML document; strings stay quoted, so "1" remains a quantity, not a number. */
    static String yaml(Map<String, ?> values) {
        return YAML.writeValueAsString(values);
    }
}
