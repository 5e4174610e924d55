package org.vigie.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.tenant.Tenant.AuthorityKind;

class TenantFileParserTest {

    static final String VALID = """
            apiVersion: vigie/v1
            kind: Tenant
            metadata:
              name: test-colleges
            spec:
              displayName: "ENT Test — collèges"
              authority: {kind: COUNTY, name: "Département Test"}
              region: test-region
              academies: [lyon]
              counties: ["69"]
              cluster: plaque-test
              namespace: ent-test-colleges
              urls: {public: "https://ent.test.example.fr/", health: "https://ent.test.example.fr/healthz"}
              population: {students: 1000, teachers: 80, parents: 1300}
              capacity: {sessionsPerReplica: 600}
              slo: {availability: 99.5, p95LatencyMs: 800}
              quota: {cpu: "8", memory: 16Gi, pods: 20}
              services:
                - {name: sso, priority: critical, minReplicas: 2, maxReplicas: 6, requests: {cpu: 500m, memory: 1Gi}}
                - {name: chat, priority: deferrable, minReplicas: 0, maxReplicas: 2, requests: {cpu: 250m, memory: 512Mi}}
            """;

    @Test
    void a_valid_file_gives_the_tenant_with_defaults_filled_in() {
        TenantFileResult result = TenantFileParser.parse("test.yaml", VALID);

        assertThat(result.problems()).isEmpty();
        Tenant tenant = result.tenant();
        assertThat(tenant.name()).isEqualTo("test-colleges");
        assertThat(tenant.authority().kind()).isEqualTo(AuthorityKind.COUNTY);
        assertThat(tenant.counties()).containsExactly("69");
        assertThat(tenant.lifecycle()).isEqualTo(Tenant.Lifecycle.ACTIVE);
        assertThat(tenant.quota().cpu()).isEqualTo("8");
        assertThat(tenant.services()).extracting(ServiceSpec::name, ServiceSpec::priority, ServiceSpec::maxReplicas)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sso", Priority.CRITICAL, 6),
                        org.assertj.core.groups.Tuple.tuple("chat", Priority.DEFERRABLE, 2));
        assertThat(tenant.contacts()).isEmpty();
    }

    @Test
    void every_sample_tenant_of_the_repository_reads_without_problems() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("tenants"))) {
            List<Path> samples = files.filter(f -> f.toString().endsWith(".yaml")).toList();
            assertThat(samples).hasSizeGreaterThanOrEqualTo(12);
            for (Path sample : samples) {
                TenantFileResult result = TenantFileParser.parse(sample);
                assertThat(result.problems()).as(sample.toString()).isEmpty();
                assertThat(result.tenant().services()).as(sample.toString()).hasSizeBetween(4, 6);
            }
        }
    }

    record BadInput(String description, String from, String to, String expectedMessage) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<BadInput> badInputs() {
        return Stream.of(
                new BadInput("missing field", "  region: test-region\n", "",
                        "test.yaml: spec.region: missing; expected a DNS-1123 label"),
                new BadInput("wrong type", "minReplicas: 2,", "minReplicas: two,",
                        "test.yaml: spec.services[0].minReplicas: value \"two\" is not allowed; expected a whole number from 0 to 1000"),
                new BadInput("bad DNS name", "name: test-colleges", "name: Test_Colleges",
                        "test.yaml: metadata.name: value \"Test_Colleges\" is not allowed; expected a DNS-1123 label"),
                new BadInput("bad quantity", "cpu: \"8\"", "cpu: lots",
                        "test.yaml: spec.quota.cpu: value \"lots\" is not allowed; expected a Kubernetes quantity such as 500m"),
                new BadInput("unknown priority", "priority: critical", "priority: urgent",
                        "test.yaml: spec.services[0].priority: value \"urgent\" is not allowed; expected one of critical, essential, deferrable"),
                new BadInput("min greater than max", "minReplicas: 2, maxReplicas: 6", "minReplicas: 7, maxReplicas: 6",
                        "test.yaml: spec.services[0].minReplicas: value 7 is not allowed; expected a number no greater than maxReplicas (6)"),
                new BadInput("unknown field", "  region: test-region\n", "  region: test-region\n  regoin: typo\n",
                        "test.yaml: spec.regoin: value \"typo\" is not allowed; expected no field of that name here"),
                new BadInput("unknown authority kind", "kind: COUNTY", "kind: CITY",
                        "test.yaml: spec.authority.kind: value \"CITY\" is not allowed; expected one of REGION, COUNTY"),
                new BadInput("wrong api version", "apiVersion: vigie/v1", "apiVersion: vigie/v2",
                        "test.yaml: apiVersion: value \"vigie/v2\" is not allowed; expected vigie/v1"),
                new BadInput("department code as a number", "counties: [\"69\"]", "counties: [69]",
                        "test.yaml: spec.counties[0]: value 69 is not allowed; expected a French department code as a quoted string"),
                new BadInput("duplicate service", "name: chat,", "name: sso,",
                        "test.yaml: spec.services[1].name: value \"sso\" is not allowed; expected a service name used only once"),
                new BadInput("availability above 100", "availability: 99.5", "availability: 120",
                        "test.yaml: spec.slo.availability: value 120 is not allowed; expected a number greater than 0.0 and at most 100.0"),
                new BadInput("not a URL", "health: \"https://ent.test.example.fr/healthz\"", "health: \"ent.test/healthz\"",
                        "test.yaml: spec.urls.health: value \"ent.test/healthz\" is not allowed; expected an absolute http:// or https:// URL"),
                new BadInput("duplicate key", "  region: test-region\n", "  region: test-region\n  region: other\n",
                        "test.yaml: line 9, column 3: key \"region\" appears twice in the same mapping; write each key once"),
                new BadInput("syntax error", "  region: test-region\n", "  region: [unclosed\n",
                        "test.yaml: line 9, column 12: not valid YAML: expected ',' or ']', but got : "
                                + "(while parsing a flow sequence at line 8, column 11)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void each_class_of_bad_input_is_refused_with_file_field_value_and_what_is_allowed(BadInput bad) {
        String text = VALID.replaceFirst(java.util.regex.Pattern.quote(bad.from()),
                java.util.regex.Matcher.quoteReplacement(bad.to()));
        assertThat(text).isNotEqualTo(VALID);

        TenantFileResult result = TenantFileParser.parse("test.yaml", text);

        assertThat(result.isLoaded()).isFalse();
        assertThat(result.problems()).extracting(CatalogueProblem::message)
                .anySatisfy(message -> assertThat(message).startsWith(bad.expectedMessage()));
    }

    @Test
    void every_problem_of_a_file_is_reported_at_once() {
        String text = VALID.replace("cpu: \"8\"", "cpu: lots").replace("priority: critical", "priority: urgent");

        TenantFileResult result = TenantFileParser.parse("test.yaml", text);

        assertThat(result.problems()).extracting(CatalogueProblem::field)
                .containsExactlyInAnyOrder("spec.quota.cpu", "spec.services[0].priority");
    }

    @Test
    void a_missing_mapping_is_reported_once_not_once_per_field_inside_it() {
        TenantFileResult result = TenantFileParser.parse("test.yaml",
                VALID.replace("  authority: {kind: COUNTY, name: \"Département Test\"}\n", "")
                        .replace("  counties: [\"69\"]\n", ""));

        assertThat(result.problems()).extracting(CatalogueProblem::field).containsExactly("spec.authority");
    }

    @Test
    void a_county_tenant_must_name_its_department() {
        TenantFileResult result = TenantFileParser.parse("test.yaml", VALID.replace("  counties: [\"69\"]\n", ""));

        assertThat(result.problems()).extracting(CatalogueProblem::message)
                .containsExactly("test.yaml: spec.counties: missing; expected at least one department code for a COUNTY tenant");
    }

    @Test
    void two_documents_in_one_file_are_refused_naming_the_line_where_the_second_starts() {
        TenantFileResult result = TenantFileParser.parse("test.yaml", VALID + "---\n" + VALID);

        assertThat(result.problems()).extracting(CatalogueProblem::message).containsExactly(
                "test.yaml: line 21, column 1: a second YAML document starts here; expected exactly one Tenant per file");
    }

    @Test
    void an_anchor_and_its_alias_are_refused_with_their_lines_instead_of_loading_the_alias_name() {
        TenantFileResult result = TenantFileParser.parse("test.yaml", VALID
                .replace("  cluster: plaque-test", "  cluster: &n plaque-test")
                .replace("  namespace: ent-test-colleges", "  namespace: *n"));

        assertThat(result.isLoaded()).isFalse();
        assertThat(result.problems()).extracting(CatalogueProblem::message).containsExactly(
                "test.yaml: line 11, column 12: anchor \"&n\" is not allowed: " + ANCHORS_RULE,
                "test.yaml: line 12, column 14: alias \"*n\" is not allowed: " + ANCHORS_RULE);
    }

    static final String ANCHORS_RULE = "YAML anchors and aliases (&name, *name, <<: *name) are not allowed "
            + "in tenant files; write the value out in full";
}
