package org.vigie.chart;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** values.schema.json and the chart's checks refuse bad values, naming the key. */
class VigieChartSchemaTest {

    @Test
    void a_replica_count_given_as_text_is_refused() {
        assertRefused(Map.of("replicaCount", "two"), "/replicaCount", "want integer");
    }

    @Test
    void an_unknown_top_level_key_is_refused() {
        assertRefused(Map.of("replicas", 3), "additional properties 'replicas' not allowed");
    }

    @Test
    void a_misspelled_nested_key_is_refused() {
        assertRefused(Map.of("ingress", Map.of("hostname", "vigie.example.fr")), "/ingress", "'hostname' not allowed");
    }

    @Test
    void running_as_root_is_refused() {
        assertRefused(Map.of("runAsUser", 0), "/runAsUser", "minimum");
    }

    @Test
    void an_unknown_rbac_scope_is_refused() {
        assertRefused(Map.of("rbac", Map.of("scope", "everything")), "/rbac/scope", "value must be one of");
    }

    @Test
    void namespaced_rbac_without_namespaces_is_refused() {
        assertRefused(Map.of("rbac", Map.of("scope", "namespaced")), "rbac.namespaces: empty");
    }

    @Test
    void rbac_for_the_namespaces_default_account_is_refused() {
        assertRefused(Map.of("serviceAccount", Map.of("create", false)), "serviceAccount.name: required");
    }

    @Test
    void a_cluster_both_in_cluster_and_by_kubeconfig_is_refused() {
        assertRefused(Map.of("clusters", Map.of("local", Map.of("inCluster", true, "kubeconfigSecret", "k"))),
                "/clusters/local");
    }

    @Test
    void two_in_cluster_clusters_are_refused() {
        assertRefused(Map.of("clusters", Map.of("a", Map.of("inCluster", true), "b", Map.of("inCluster", true))),
                "more than one cluster has inCluster");
    }

    @Test
    void a_cluster_name_that_is_not_a_dns_label_is_refused() {
        assertRefused(Map.of("clusters", Map.of("Plaque_Lyon", Map.of("kubeconfigSecret", "k"))), "invalid propertyName 'Plaque_Lyon'");
    }

    @Test
    void a_database_url_that_is_not_postgresql_is_refused() {
        assertRefused(Map.of("database", Map.of("url", "jdbc:h2:mem:vigie")), "/database/url", "does not match pattern");
    }

    @Test
    void a_property_value_that_would_add_a_line_to_the_configuration_is_refused() {
        assertRefused(Map.of("properties", Map.of("vigie.health.staleness-limit", "60s\nvigie.security.prometheus-token=x")),
                "/properties/vigie.health.staleness-limit", "does not match pattern");
    }

    @Test
    void a_memory_limit_that_is_not_a_quantity_is_refused() {
        assertRefused(Map.of("resources", Map.of("limits", Map.of("memory", "1.5 GB"))), "/resources/limits/memory",
                "does not match pattern");
    }

    @Test
    void a_monitoring_switch_given_as_text_is_refused() {
        assertRefused(Map.of("monitoring", Map.of("serviceMonitor", Map.of("enabled", "no"))),
                "/monitoring/serviceMonitor/enabled", "want boolean");
    }

    @Test
    void a_tenant_file_that_is_not_yaml_by_name_is_refused() {
        assertRefused(Map.of("tenants", Map.of("files", Map.of("rhone.txt", "x"))), "invalid propertyName 'rhone.txt'");
    }

    @Test
    void a_network_policy_cidr_that_is_not_one_is_refused() {
        assertRefused(Map.of("networkPolicy", Map.of("egress", Map.of("httpsCidrs", List.of("everywhere")))),
                "/networkPolicy/egress/httpsCidrs/0", "does not match pattern");
    }

    private static void assertRefused(Map<String, ?> values, String... fragments) {
        assertThatThrownBy(() -> VigieChart.renderWith(values)).isInstanceOf(IllegalStateException.class)
                .message().contains(fragments);
    }
}
