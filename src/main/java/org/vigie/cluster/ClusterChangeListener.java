package org.vigie.cluster;

/** Told when a tenant's cached objects change, or when a cluster's cache gains or loses sync. */
public interface ClusterChangeListener {

    void tenantChanged(String cluster, String tenant);

    void clusterChanged(String cluster);
}
