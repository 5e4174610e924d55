package org.vigie.chart;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a service account may do according to the RBAC objects a chart rendered: one
 * {@link Permission} per (API group, resource, verb, where), where is {@code *} for a ClusterRole
 * bound cluster-wide or the namespace of a RoleBinding.
 */
record ChartPermissions(Set<Permission> granted) {

    static final String EVERYWHERE = "*";

    record Permission(String apiGroup, String resource, String verb, String where) implements Comparable<Permission> {

        @Override
        public int compareTo(Permission other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return verb + " " + (apiGroup.isEmpty() ? "core" : apiGroup) + "/" + resource + " in " + where;
        }
    }

    static ChartPermissions of(VigieChart chart, String serviceAccount, String namespace) {
        Set<Permission> granted = new TreeSet<>();
        for (ClusterRoleBinding binding : chart.all(ClusterRoleBinding.class)) {
            if (binds(binding.getSubjects(), serviceAccount, namespace)) {
                rules(chart, binding.getRoleRef(), null).forEach(rule -> add(granted, rule, EVERYWHERE));
            }
        }
        for (RoleBinding binding : chart.all(RoleBinding.class)) {
            if (binds(binding.getSubjects(), serviceAccount, namespace)) {
                String where = binding.getMetadata().getNamespace();
                rules(chart, binding.getRoleRef(), where).forEach(rule -> add(granted, rule, where));
            }
        }
        return new ChartPermissions(granted);
    }

    /** True if a request in {@code namespace} (null: across namespaces) is allowed. */
    boolean allows(String apiGroup, String resource, String verb, String namespace) {
        return granted.contains(new Permission(apiGroup, resource, verb, EVERYWHERE))
                || namespace != null && granted.contains(new Permission(apiGroup, resource, verb, namespace));
    }

    private static boolean binds(List<Subject> subjects, String serviceAccount, String namespace) {
        return subjects.stream().anyMatch(s -> "ServiceAccount".equals(s.getKind()) && serviceAccount.equals(s.getName())
                && namespace.equals(s.getNamespace()));
    }

    private static Stream<PolicyRule> rules(VigieChart chart, RoleRef ref, String namespace) {
        Stream<PolicyRule> clusterRoles = chart.all(ClusterRole.class).stream()
                .filter(r -> "ClusterRole".equals(ref.getKind()) && r.getMetadata().getName().equals(ref.getName()))
                .flatMap(r -> r.getRules().stream());
        Stream<PolicyRule> roles = chart.all(Role.class).stream()
                .filter(r -> "Role".equals(ref.getKind()) && r.getMetadata().getName().equals(ref.getName())
                        && r.getMetadata().getNamespace().equals(namespace))
                .flatMap(r -> r.getRules().stream());
        return Stream.concat(clusterRoles, roles);
    }

    private static void add(Set<Permission> granted, PolicyRule rule, String where) {
        for (String group : rule.getApiGroups()) {
            for (String resource : rule.getResources()) {
                for (String verb : rule.getVerbs()) {
                    if (group.equals("*") || resource.equals("*") || verb.equals("*")) {
                        throw new AssertionError("wildcard in a rule: " + rule);
                    }
                    granted.add(new Permission(group, resource, verb, where));
                }
            }
        }
    }
}
