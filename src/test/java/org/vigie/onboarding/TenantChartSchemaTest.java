package org.vigie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.vigie.tenant.SampleTenants;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The chart's values schema and checks refuse bad values, and say which key is wrong. */
class TenantChartSchemaTest {

    private static final TenantChart CHART = new TenantChart();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void the_values_of_a_sample_tenant_render() {
        assertThat(CHART.render("rhone-colleges", "ent-rhone-colleges", rhone())).isNotEmpty();
    }

    @Test
    void a_missing_quota_is_refused() {
        Map<String, Object> values = rhone();
        values.remove("quota");

        assertRefused(values, "missing property 'quota'");
    }

    @Test
    void a_quota_without_its_memory_is_refused() {
        assertRefused(change(v -> quota(v).remove("memory")), "/quota", "missing property 'memory'");
    }

    @Test
    void a_wrong_type_is_refused_with_the_key_named() {
        assertRefused(change(v -> quota(v).put("pods", "many")), "/quota/pods", "want integer");
    }

    @Test
    void a_boolean_given_as_text_is_refused() {
        assertRefused(change(v -> service(v, 0).put("autoscaling", "yes")), "/services/0/autoscaling", "want boolean");
    }

    @Test
    void an_unknown_top_level_key_is_refused() {
        assertRefused(change(v -> v.put("replicas", 3)), "additional properties 'replicas' not allowed");
    }

    @Test
    void an_unknown_key_in_a_service_is_refused() {
        assertRefused(change(v -> service(v, 1).put("replica", 3)), "/services/1", "'replica' not allowed");
    }

    @Test
    void a_misspelled_default_is_refused() {
        assertRefused(change(v -> v.put("image", Map.of("registery", "r.example.fr"))), "/image",
                "'registery' not allowed");
    }

    @Test
    void a_tenant_name_that_is_not_a_dns_label_is_refused() {
        assertRefused(change(v -> tenant(v).put("name", "Rhone_Colleges")), "/tenant/name", "does not match pattern");
    }

    @Test
    void a_service_name_a_kubernetes_service_cannot_carry_is_refused() {
        assertRefused(change(v -> service(v, 0).put("name", "2fa")), "/services/0/name", "does not match pattern");
    }

    @Test
    void a_request_that_is_not_a_kubernetes_quantity_is_refused() {
        assertRefused(change(v -> requests(v, 0).put("memory", "1 GB")), "/services/0/requests/memory",
                "does not match pattern");
    }

    @Test
    void an_unknown_priority_is_refused() {
        assertRefused(change(v -> service(v, 0).put("priority", "urgent")), "/services/0/priority", "value must be one of 'critical', 'essential', 'deferrable'");
    }

    @Test
    void a_tenant_without_services_is_refused() {
        assertRefused(change(v -> v.put("services", List.of())), "/services", "minItems");
    }

    @Test
    void a_minimum_above_the_maximum_is_refused_with_the_service_named() {
        assertRefused(change(v -> service(v, 0).put("minReplicas", 99)), "services[sso].minReplicas: 99 is greater than maxReplicas");
    }

    @Test
    void two_services_with_the_same_name_are_refused() {
        assertRefused(change(v -> service(v, 1).put("name", "sso")), "the name \"sso\" is used twice");
    }

    private static void assertRefused(Map<String, Object> values, String... expected) {
        assertThatThrownBy(() -> CHART.render("rhone-colleges", "ent-rhone-colleges", values))
                .isInstanceOf(ChartRefusedException.class)
                .hasMessageContaining("rhone-colleges")
                .message().contains(expected);
    }

    private static Map<String, Object> rhone() {
        String yaml = TenantChartValues.yaml(CHART.values(SampleTenants.named("rhone-colleges")));
        return YAML.readValue(yaml, new TypeReference<Map<String, Object>>() { });
    }

    private static Map<String, Object> change(Consumer<Map<String, Object>> change) {
        Map<String, Object> values = rhone();
        change.accept(values);
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tenant(Map<String, Object> values) {
        return (Map<String, Object>) values.get("tenant");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> quota(Map<String, Object> values) {
        return (Map<String, Object>) values.get("quota");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> values, int index) {
        return ((List<Map<String, Object>>) values.get("services")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> requests(Map<String, Object> values, int index) {
        return (Map<String, Object>) service(values, index).get("requests");
    }
}
