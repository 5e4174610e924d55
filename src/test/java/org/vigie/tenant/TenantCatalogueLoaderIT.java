package org.vigie.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import org.vigie.testing.MigratedPostgres;

class TenantCatalogueLoaderIT {

    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres();

    private final JdbcClient jdbc = JdbcClient.create(postgres.dataSource());
    private final TenantRepository repository = new TenantRepository(jdbc, JsonMapper.builder().build());
    private final TenantCatalogueLoader loader = new TenantCatalogueLoader(repository,
            Clock.fixed(Instant.parse("2026-11-22T07:45:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    @BeforeEach
    void emptyCatalogue() {
        jdbc.sql("delete from tenant").update();
    }

    @Test
    void every_sample_file_of_the_repository_loads_into_postgresql() throws IOException {
        CatalogueLoadReport report = loader.load(Path.of("tenants"));

        assertThat(report.problems()).isEmpty();
        long files;
        try (var list = Files.list(Path.of("tenants"))) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).count();
        }
        assertThat(report.loadedTenants()).hasSize((int) files);
        List<Tenant> stored = repository.findAll();
        assertThat(stored).hasSize((int) files);
        assertThat(stored).extracting(Tenant::region).containsOnly(
                "auvergne-rhone-alpes", "ile-de-france", "nouvelle-aquitaine", "hauts-de-france");
        Tenant ara = stored.stream().filter(t -> t.name().equals("ara-lycees")).findFirst().orElseThrow();
        assertThat(ara).isEqualTo(TenantFileParser.parse(Path.of("tenants/ara-lycees.yaml")).tenant());
    }

    @Test
    void a_bad_file_is_refused_with_its_message_and_the_other_files_still_load() throws IOException {
        write("good.yaml", TenantFileParserTest.VALID);
        write("bad.yaml", TenantFileParserTest.VALID.replace("test-colleges", "other-colleges")
                .replace("cpu: \"8\"", "cpu: lots"));

        CatalogueLoadReport report = loader.load(dir);

        assertThat(report.loadedTenants()).containsExactly("test-colleges");
        assertThat(report.problems()).extracting(CatalogueProblem::message).containsExactly(
                "bad.yaml: spec.quota.cpu: value \"lots\" is not allowed; expected a Kubernetes quantity such as 500m, 2, 1.5, 512Mi or 384Gi");
        assertThat(names()).containsExactly("test-colleges");
    }

    @Test
    void a_bad_new_version_of_a_tenant_leaves_its_stored_row_unchanged() throws IOException {
        write("test.yaml", TenantFileParserTest.VALID);
        loader.load(dir);
        Map<String, Object> before = row("test-colleges");

        write("test.yaml", TenantFileParserTest.VALID.replace("displayName: \"ENT Test — collèges\"",
                "displayName: \"Renamed\"").replace("minReplicas: 2, maxReplicas: 6", "minReplicas: 9, maxReplicas: 6"));
        CatalogueLoadReport report = loader.load(dir);

        assertThat(report.problems()).extracting(CatalogueProblem::field).containsExactly("spec.services[0].minReplicas");
        assertThat(row("test-colleges")).isEqualTo(before);
    }

    @Test
    void a_new_version_using_an_alias_is_refused_and_leaves_the_stored_tenant_unchanged() throws IOException {
        Map<String, Object> before = loadWithAnotherTenant();

        write("test.yaml", TenantFileParserTest.VALID.replace("ENT Test — collèges", "Renamed")
                .replace("  cluster: plaque-test", "  cluster: &n plaque-test")
                .replace("  namespace: ent-test-colleges", "  namespace: *n"));
        CatalogueLoadReport report = loader.load(dir);

        assertThat(report.problems()).extracting(CatalogueProblem::message).containsExactly(
                "test.yaml: line 11, column 12: anchor \"&n\" is not allowed: " + TenantFileParserTest.ANCHORS_RULE,
                "test.yaml: line 12, column 14: alias \"*n\" is not allowed: " + TenantFileParserTest.ANCHORS_RULE);
        assertThat(report.loadedTenants()).containsExactly("other-colleges");
        assertThat(row("test-colleges")).isEqualTo(before);
    }

    @Test
    void a_new_version_that_is_not_utf8_is_refused_with_its_line_and_leaves_the_stored_tenant_unchanged()
            throws IOException {
        Map<String, Object> before = loadWithAnotherTenant();

        String latin1 = TenantFileParserTest.VALID.replace("ENT Test — collèges", "Renamed");
        Files.write(dir.resolve("test.yaml"), latin1.getBytes(StandardCharsets.ISO_8859_1));
        CatalogueLoadReport report = loader.load(dir);

        assertThat(report.problems()).extracting(CatalogueProblem::message).containsExactly(
                "test.yaml: line 7, column 37: not valid UTF-8 (byte 0xE9); save the file as UTF-8");
        assertThat(report.loadedTenants()).containsExactly("other-colleges");
        assertThat(row("test-colleges")).isEqualTo(before);
    }

    /** Loads test-colleges and other-colleges; gives test-colleges' stored row. */
    private Map<String, Object> loadWithAnotherTenant() throws IOException {
        write("test.yaml", TenantFileParserTest.VALID);
        write("other.yaml", TenantFileParserTest.VALID.replace("name: test-colleges", "name: other-colleges")
                .replace("ent-test-colleges", "ent-other-colleges"));
        assertThat(loader.load(dir).loadedTenants()).containsExactly("other-colleges", "test-colleges");
        return row("test-colleges");
    }

    @Test
    void two_files_declaring_the_same_tenant_are_both_refused() throws IOException {
        write("a.yaml", TenantFileParserTest.VALID);
        write("b.yaml", TenantFileParserTest.VALID.replace("ent-test-colleges", "ent-other"));

        CatalogueLoadReport report = loader.load(dir);

        assertThat(report.loadedTenants()).isEmpty();
        assertThat(report.problems()).extracting(CatalogueProblem::message).containsExactlyInAnyOrder(
                "a.yaml: metadata.name: value \"test-colleges\" is not allowed; expected a tenant name declared by one file only; also declared by b.yaml",
                "b.yaml: metadata.name: value \"test-colleges\" is not allowed; expected a tenant name declared by one file only; also declared by a.yaml");
        assertThat(names()).isEmpty();
    }

    @Test
    void two_tenants_in_the_same_namespace_of_a_cluster_are_both_refused() throws IOException {
        write("a.yaml", TenantFileParserTest.VALID);
        write("b.yaml", TenantFileParserTest.VALID.replace("name: test-colleges", "name: other-colleges"));

        CatalogueLoadReport report = loader.load(dir);

        assertThat(report.problems()).extracting(CatalogueProblem::field).containsExactly("spec.namespace", "spec.namespace");
        assertThat(names()).isEmpty();
    }

    @Test
    void a_namespace_already_used_by_a_stored_tenant_is_refused_naming_that_tenant() throws IOException {
        write("a.yaml", TenantFileParserTest.VALID);
        loader.load(dir);
        Files.delete(dir.resolve("a.yaml"));
        write("b.yaml", TenantFileParserTest.VALID.replace("name: test-colleges", "name: other-colleges"));

        CatalogueLoadReport report = loader.load(dir);

        assertThat(report.problems()).extracting(CatalogueProblem::message).containsExactly(
                "b.yaml: spec.namespace: value \"ent-test-colleges\" is not allowed; expected a namespace not already "
                        + "used in cluster plaque-test (tenant test-colleges uses it)");
        assertThat(names()).containsExactly("test-colleges");
    }

    @Test
    void a_missing_directory_is_reported_and_nothing_changes() {
        CatalogueLoadReport report = loader.load(dir.resolve("nowhere"));

        assertThat(report.problems()).singleElement().extracting(CatalogueProblem::message).asString()
                .endsWith("nowhere: is not a directory; set vigie.tenants.dir to the folder holding the tenant YAML files");
        assertThat(names()).isEmpty();
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
    }

    private List<String> names() {
        return jdbc.sql("select name from tenant order by name").query(String.class).list();
    }

    private Map<String, Object> row(String name) {
        return jdbc.sql("select * from tenant where name = :name").param("name", name).query().singleRow();
    }
}
