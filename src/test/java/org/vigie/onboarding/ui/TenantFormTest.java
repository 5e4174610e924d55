package org.vigie.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.tenant.CatalogueProblem;
import org.vigie.tenant.SampleTenants;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.Tenant;
import org.vigie.tenant.TenantDocuments;

class TenantFormTest {

    static final List<String> CLUSTERS = List.of("plaque-bordeaux", "plaque-lyon", "plaque-paris");

    final TenantForm form = new TenantForm(CLUSTERS);
    final SuggestionPanel suggestions = new SuggestionPanel(form);

    TenantDocuments.Result check() {
        return TenantDocuments.read("formulaire", form.document());
    }

    @Test
    void the_loire_example_is_a_tenant_the_tenant_file_rules_accept_sized_by_the_suggestions() {
        LoireExample.fill(form, suggestions, CLUSTERS);

        TenantDocuments.Result check = check();

        assertThat(check.problems()).isEmpty();
        Tenant loire = check.found().orElseThrow();
        assertThat(loire.name()).isEqualTo("loire-colleges");
        assertThat(loire.namespace()).isEqualTo("ent-loire-colleges");
        assertThat(loire.authority().name()).isEqualTo("Département de la Loire");
        assertThat(loire.counties()).containsExactly("42");
        assertThat(loire.cluster()).isEqualTo("plaque-lyon");
        assertThat(loire.population().students()).isEqualTo(40_000);
        assertThat(loire.quota()).isEqualTo(new Tenant.ContractQuota("31", "61Gi", 49));
        assertThat(loire.service("sso").orElseThrow())
                .isEqualTo(new ServiceSpec("sso", ServiceSpec.Priority.CRITICAL, 5, 13, "500m", "1Gi", false));
        assertThat(loire.lifecycle()).isEqualTo(Tenant.Lifecycle.ACTIVE);
    }

    @Test
    void the_loire_example_is_the_example_file_of_the_documentation() throws Exception {
        LoireExample.fill(form, suggestions, CLUSTERS);
        Path file = Path.of("docs/examples/loire-colleges.yaml");

        assertThat(check().found()).isEqualTo(TenantDocuments.parse(file.toString(), Files.readString(file)).found());
    }

    @Test
    void every_sample_tenant_loaded_into_the_form_gives_back_the_same_tenant() {
        for (Tenant sample : SampleTenants.all()) {
            form.fill(sample);
            assertThat(check().found()).as(sample.name()).contains(sample);
        }
    }

    @Test
    void each_problem_is_shown_next_to_its_field_with_the_value_and_what_is_allowed() {
        LoireExample.fill(form, suggestions, CLUSTERS);
        form.students.setValue("beaucoup");
        form.services.rows().get(1).minReplicas.setValue("20");
        form.counties.setValue("42, 99");
        form.quotaMemory.setValue("");

        List<CatalogueProblem> problems = check().problems();
        List<CatalogueProblem> elsewhere = form.show(problems);

        assertThat(elsewhere).isEmpty();
        assertThat(form.students.isInvalid()).isTrue();
        assertThat(form.students.getErrorMessage())
                .isEqualTo("Valeur \"beaucoup\" refusée ; attendu : a whole number from 0 to 100000000");
        assertThat(form.services.rows().get(1).minReplicas.getErrorMessage())
                .isEqualTo("Valeur 20 refusée ; attendu : a number no greater than maxReplicas (13)");
        assertThat(form.counties.getErrorMessage()).startsWith("Valeur \"99\" refusée ; attendu : a French department code");
        assertThat(form.quotaMemory.getErrorMessage()).startsWith("Obligatoire : a Kubernetes quantity");
        assertThat(form.services.rows().get(1).minReplicas.getId()).contains("onb-spec-services-1-minReplicas");
        assertThat(form.displayName.isInvalid()).isFalse();
    }

    @Test
    void a_display_name_too_long_is_refused_and_kept_whole_never_cut() {
        LoireExample.fill(form, suggestions, CLUSTERS);
        String tooLong = "ENT de la Loire — collèges ".repeat(5);
        form.displayName.setValue(tooLong);

        form.show(check().problems());

        assertThat(form.displayName.isInvalid()).isTrue();
        assertThat(form.displayName.getErrorMessage()).contains("at most 120 characters");
        assertThat(form.displayName.getValue()).isEqualTo(tooLong);
        assertThat(form.displayName.getMaxLength()).isZero();
    }

    @Test
    void a_control_character_typed_or_pasted_is_refused_under_its_field_as_in_a_tenant_file() {
        LoireExample.fill(form, suggestions, CLUSTERS);
        form.displayName.setValue("ENT de la Loire\u0007");
        form.contacts.rows().getFirst().name.setValue("Cellule\u009b de crise");

        TenantDocuments.Result check = check();

        assertThat(check.found()).isEmpty();
        assertThat(form.show(check.problems())).isEmpty();
        assertThat(form.displayName.getErrorMessage()).isEqualTo("Valeur \"ENT de la Loire\\u0007\" refusée ; attendu : "
                + "text without control characters; U+0007 at position 16");
        assertThat(form.contacts.rows().getFirst().name.getErrorMessage()).contains("U+009B at position 8");
    }

    @Test
    void thousands_typed_with_spaces_and_a_french_decimal_comma_are_read_as_numbers() {
        LoireExample.fill(form, suggestions, CLUSTERS);
        form.students.setValue("40 000");
        form.availability.setValue("99,5");

        Tenant loire = check().found().orElseThrow();

        assertThat(loire.population().students()).isEqualTo(40_000);
        assertThat(loire.slo().availability()).isEqualTo(99.5);
    }

    @Test
    void a_removed_service_row_moves_the_next_rows_problems_to_their_new_index() {
        LoireExample.fill(form, suggestions, CLUSTERS);
        ServiceRow portal = form.services.rows().get(1);
        form.services.remove(form.services.rows().get(0));
        portal.maxReplicas.setValue("0");

        form.show(check().problems());

        assertThat(portal.maxReplicas.isInvalid()).isTrue();
        assertThat(portal.maxReplicas.getId()).contains("onb-spec-services-0-maxReplicas");
    }

    @Test
    void a_county_tenant_without_any_county_is_refused_on_the_counties_field() {
        LoireExample.fill(form, suggestions, CLUSTERS);
        form.counties.setValue("");

        assertThat(form.show(check().problems())).isEmpty();
        assertThat(form.counties.getErrorMessage()).contains("at least one department code for a COUNTY tenant");
    }
}
