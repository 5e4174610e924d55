package org.vigie.fleet.ui;

/** A row of the fleet grid: a tenant ({@code service} null) or one of its services. Stable across snapshots. */
record FleetRow(String tenant, String service) {

    static FleetRow tenant(String tenant) {
        return new FleetRow(tenant, null);
    }

    boolean isTenant() {
        return service == null;
    }
}
