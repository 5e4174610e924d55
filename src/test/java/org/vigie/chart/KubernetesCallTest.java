package org.vigie.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The RBAC reading of API server paths that ConsoleChartIT relies on. */
class KubernetesCallTest {

    @Test
    void a_labelled_list_across_namespaces_is_list_everywhere() {
        assertThat(KubernetesCall.of("GET", "/apis/apps/v1/deployments?labelSelector=vigie.io%2Ftenant&limit=1"))
                .contains(new KubernetesCall("apps", "deployments", "list", null));
    }

    @Test
    void a_watch_is_watch() {
        assertThat(KubernetesCall.of("GET", "/api/v1/pods?allowWatchBookmarks=true&watch=true&resourceVersion=12"))
                .contains(new KubernetesCall("", "pods", "watch", null));
    }

    @Test
    void reading_and_writing_a_scale_subresource_are_get_and_update_in_its_namespace() {
        assertThat(KubernetesCall.of("GET", "/apis/apps/v1/namespaces/ent-a/deployments/sso/scale"))
                .contains(new KubernetesCall("apps", "deployments/scale", "get", "ent-a"));
        assertThat(KubernetesCall.of("PUT", "/apis/apps/v1/namespaces/ent-a/deployments/sso/scale"))
                .contains(new KubernetesCall("apps", "deployments/scale", "update", "ent-a"));
        assertThat(KubernetesCall.of("PATCH", "/apis/autoscaling/v2/namespaces/ent-a/horizontalpodautoscalers/portal"))
                .contains(new KubernetesCall("autoscaling", "horizontalpodautoscalers", "patch", "ent-a"));
    }

    @Test
    void namespaces_themselves_are_a_cluster_resource() {
        assertThat(KubernetesCall.of("POST", "/api/v1/namespaces"))
                .contains(new KubernetesCall("", "namespaces", "create", null));
        assertThat(KubernetesCall.of("GET", "/api/v1/namespaces/ent-a"))
                .contains(new KubernetesCall("", "namespaces", "get", null));
    }

    @Test
    void discovery_is_no_resource() {
        assertThat(KubernetesCall.of("GET", "/version")).isEmpty();
        assertThat(KubernetesCall.of("GET", "/apis")).isEmpty();
        assertThat(KubernetesCall.of("GET", "/api/v1")).isEmpty();
    }
}
