package org.vigie.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.Tenant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A catalogue tenant back as its {@code vigie/v1 Tenant} document, as a tenant file holds it. */
final class TenantDocumentWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private TenantDocumentWriter() {
    }

    static JsonNode document(Tenant t) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("displayName", t.displayName());
        spec.put("authority", Map.of("kind", t.authority().kind().name(), "name", t.authority().name()));
        spec.put("region", t.region());
        spec.put("academies", t.academies());
        if (!t.counties().isEmpty()) {
            spec.put("counties", t.counties());
        }
        spec.put("cluster", t.cluster());
        spec.put("namespace", t.namespace());
        spec.put("urls", Map.of("public", t.urls().publicUrl(), "health", t.urls().healthUrl()));
        spec.put("population", Map.of("students", t.population().students(), "teachers", t.population().teachers(),
                "parents", t.population().parents()));
        spec.put("capacity", Map.of("sessionsPerReplica", t.capacity().sessionsPerReplica()));
        spec.put("slo", Map.of("availability", t.slo().availability(), "p95LatencyMs", t.slo().p95LatencyMs()));
        spec.put("quota", Map.of("cpu", t.quota().cpu(), "memory", t.quota().memory(), "pods", t.quota().pods()));
        spec.put("contacts", t.contacts().stream().map(TenantDocumentWriter::contact).toList());
        spec.put("lifecycle", lower(t.lifecycle()));
        spec.put("services", t.services().stream().map(TenantDocumentWriter::service).toList());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("apiVersion", "vigie/v1");
        document.put("kind", "Tenant");
        document.put("metadata", Map.of("name", t.name()));
        document.put("spec", spec);
        return JSON.valueToTree(document);
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    static String yaml(JsonNode document) {
        return YAML.writeValueAsString(document);
    }

    private static Map<String, Object> contact(Tenant.Contact contact) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", contact.name());
        values.put("email", contact.email());
        if (contact.role() != null) {
            values.put("role", contact.role());
        }
        return values;
    }

    private static Map<String, Object> service(ServiceSpec s) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", s.name());
        values.put("priority", lower(s.priority()));
        values.put("minReplicas", s.minReplicas());
        values.put("maxReplicas", s.maxReplicas());
        values.put("requests", Map.of("cpu", s.cpuRequest(), "memory", s.memoryRequest()));
        values.put("autoscaling", s.autoscaling());
        return values;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

}
