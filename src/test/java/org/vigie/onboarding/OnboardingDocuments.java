package org.vigie.onboarding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The demo "Loire" tenant as a REST body, with the fields tests vary. */
final class OnboardingDocuments {

    private OnboardingDocuments() {
    }

    static String loire(String name, String cluster, String namespace, String quotaCpu, int maxReplicas) {
        return """
                {"apiVersion": "vigie/v1", "kind": "Tenant", "metadata": {"name": "%s"},
                 "spec": {"displayName": "ENT Département de la Loire — collèges",
                  "authority": {"kind": "COUNTY", "name": "Département de la Loire"},
                  "region": "auvergne-rhone-alpes", "academies": ["lyon"], "counties": ["42"],
                  "cluster": "%s", "namespace": "%s",
                  "urls": {"public": "https://ent.loire.example.fr/", "health": "https://ent.loire.example.fr/healthz"},
                  "population": {"students": 40000, "teachers": 3300, "parents": 54000},
                  "capacity": {"sessionsPerReplica": 800}, "slo": {"availability": 99.5, "p95LatencyMs": 800},
                  "quota": {"cpu": "%s", "memory": "32Gi", "pods": 40},
                  "contacts": [{"name": "DSI Loire", "email": "dsi@loire.example.fr"}],
                  "lifecycle": "active",
                  "services": [
                   {"name": "sso", "priority": "critical", "minReplicas": 2, "maxReplicas": %d,
                    "requests": {"cpu": "500m", "memory": "1Gi"}, "autoscaling": false},
                   {"name": "portal", "priority": "critical", "minReplicas": 2, "maxReplicas": 8,
                    "requests": {"cpu": "1", "memory": "2Gi"}, "autoscaling": true}]}}
                """.formatted(name, cluster, namespace, quotaCpu, maxReplicas);
    }

    static String loire(String name) {
        return loire(name, "plaque-lyon", "ent-" + name, "16", 8);
    }

    /** A private copy of the sample tenants, so that files written by a run never land in the repository. */
    static Path copyOfTenants() {
        try {
            Path dir = Files.createTempDirectory("vigie-onboarding-tenants");
            try (Stream<Path> files = Files.list(Path.of("tenants"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
