package org.vigie.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Tenant directories for tests that add tenants at run time, so that the repository's {@code tenants/} stays as it is. */
public final class TenantDirectories {

    public static final int SIXTY = 60;
    private static final String[] EXTRA = {"Ain", "Allier", "Ardèche", "Cantal", "Drôme", "Haute-Loire", "Haute-Savoie",
        "Loire", "Savoie", "Charente", "Charente-Maritime", "Corrèze", "Creuse", "Deux-Sèvres", "Dordogne", "Landes",
        "Lot-et-Garonne", "Pyrénées-Atlantiques", "Vienne", "Aisne", "Oise", "Pas-de-Calais", "Paris",
        "Seine-Saint-Denis", "Hauts-de-Seine", "Val-de-Marne", "Yvelines", "Territoire de Belfort",
        "Alpes-de-Haute-Provence", "Bouches-du-Rhône", "Côtes-d'Armor", "Finistère", "Ille-et-Vilaine", "Morbihan",
        "Meurthe-et-Moselle", "Moselle", "Bas-Rhin", "Haut-Rhin", "Saône-et-Loire", "Côte-d'Or", "Indre-et-Loire",
        "Loir-et-Cher", "Eure-et-Loir", "Maine-et-Loire", "Loire-Atlantique", "Seine-Maritime"};
    private static final String[] REGIONS = {"auvergne-rhone-alpes", "nouvelle-aquitaine", "hauts-de-france", "ile-de-france"};
    private static final String[] CLUSTERS = {"plaque-lyon", "plaque-bordeaux", "plaque-paris", "plaque-paris"};

    private TenantDirectories() {
    }

    /** A new temporary directory holding a copy of every sample tenant file. */
    public static Path copyOfTheSamples() {
        try {
            Path directory = Files.createTempDirectory("vigie-tenants-");
            try (Stream<Path> files = Files.list(Path.of("tenants"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    Files.copy(file, directory.resolve(file.getFileName()));
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 14 samples and 46 more made from {@code isere-colleges.yaml} (other names, regions and clusters;
     * two being onboarded, one suspended): a full board page of 60 tiles.
     */
    public static Path sixtyTenants() {
        Path directory = copyOfTheSamples();
        try {
            String template = Files.readString(Path.of("tenants", "isere-colleges.yaml"));
            for (int i = 0; i < SIXTY - 14; i++) {
                String name = "extra-" + i + "-colleges";
                String yaml = template.replace("isere-colleges", name).replace("ent.isere.", "ent." + name + ".")
                        .replace("ENT Isère — collèges", "ENT " + EXTRA[i] + " — collèges")
                        .replace("region: auvergne-rhone-alpes", "region: " + REGIONS[i % REGIONS.length])
                        .replace("cluster: plaque-lyon", "cluster: " + CLUSTERS[i % CLUSTERS.length])
                        .replace("lifecycle: active", "lifecycle: "
                                + (i % 23 == 5 ? "onboarding" : i == 7 ? "suspended" : "active"));
                Files.writeString(directory.resolve(name + ".yaml"), yaml);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
