package org.vigie.cluster;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code vigie.clusters.<name>.*}: how to reach each cluster a tenant can name. With no cluster
 * configured Vigie runs in demo mode against embedded API servers.
 */
@Validated
@ConfigurationProperties("vigie")
public record ClusterProperties(@DefaultValue Map<String, Connection> clusters) {

    /**
     * One of: {@code in-cluster=true} (service account), {@code context} (a kubeconfig context,
     * from {@code kubeconfig} or the usual KUBECONFIG / ~/.kube/config), or {@code master-url}.
     */
    public record Connection(String context, String kubeconfig, String masterUrl, boolean inCluster) {
    }
}
