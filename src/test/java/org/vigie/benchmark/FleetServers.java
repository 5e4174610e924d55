package org.vigie.benchmark;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.vigie.demo.EmbeddedKubernetesApi;
import org.vigie.testing.HealthyEndpoints;

/**
 * The benchmark fleet's API servers and the tenants' health endpoints, in a process of their own as they are in
 * production: their work and their garbage are not the console's. Arguments: tenants, clusters, services, pods
 * per service. Prints {@code fleet health <url>}, {@code fleet cluster <name> <url>} per cluster,
 * {@code fleet seeded <ms>}, then {@code fleet ready}; stops when its standard input closes.
 */
public final class FleetServers {

    static final String PREFIX = "fleet ";

    private FleetServers() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = Integer.parseInt(args[0]);
        int clusters = Integer.parseInt(args[1]);
        int services = Integer.parseInt(args[2]);
        int podsPerService = Integer.parseInt(args[3]);
        List<AutoCloseable> running = new ArrayList<>();
        HealthyEndpoints healthy = new HealthyEndpoints();
        running.add(healthy);
        System.out.println(PREFIX + "health " + healthy.base());
        long start = System.nanoTime();
        for (int c = 0; c < clusters; c++) {
            EmbeddedKubernetesApi api = BenchmarkFleet.seeded(c, clusters, tenants, services, podsPerService);
            running.add(api);
            System.out.println(PREFIX + "cluster " + BenchmarkFleet.clusterName(c) + " " + api.url());
        }
        System.out.println(PREFIX + "seeded " + (System.nanoTime() - start) / 1_000_000);
        System.out.println(PREFIX + "ready");
        System.out.flush();
        System.in.transferTo(OutputStream.nullOutputStream());
        for (AutoCloseable closeable : running) {
            closeable.close();
        }
        System.exit(0);
    }
}
