package org.vigie.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Status;
import org.vigie.onboarding.ui.OnboardingFlow.Action;
import org.vigie.onboarding.ui.OnboardingFlow.State;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.TenantDirectories;

/**
 * The onboarding wizard through Vaadin, without a browser, in demo mode, on a copy of {@code tenants/}.
 * The steps that need the onboarding engine run once an engine is deployed ({@link OnboardingFlow} bean).
 * Probed every 2 s (10 s by default): the new tenant's first probe comes sooner.
 */
@SpringBootTest(properties = "vigie.health.probe-interval=2s")
// A context of its own (its @DynamicPropertySource): closed after the class, not left running in the cache.
@DirtiesContext
class OnboardingViewIT extends SpringBrowserlessTest {

    static final Path TENANTS = TenantDirectories.copyOfTheSamples();

    @DynamicPropertySource
    static void tenantsDirectory(DynamicPropertyRegistry registry) {
        registry.add("vigie.tenants.dir", TENANTS::toString);
    }

    @Autowired
    ObjectProvider<OnboardingFlow> engine;

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    FleetSnapshotPublisher fleet;

    @Test
    @WithUserDetails("viewer")
    void a_viewer_gets_the_access_denied_page() {
        UI.getCurrent().navigate("onboarding");

        assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("access-denied");
    }

    @Test
    @WithUserDetails("operator")
    void an_operator_gets_the_access_denied_page() {
        UI.getCurrent().navigate("onboarding");

        assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("access-denied");
    }

    @Test
    @WithUserDetails("manager")
    void a_form_with_problems_is_not_planned_and_says_which_fields_to_fix() {
        navigate(OnboardingView.class);
        test($(Button.class).id("onb-example-loire")).click();
        test($(TextField.class).id("onb-spec-population-students")).setValue("quarante mille");

        test($(Button.class).id("onb-plan")).click();

        TextField students = $(TextField.class).id("onb-spec-population-students");
        assertThat(students.isInvalid()).isTrue();
        assertThat(students.getErrorMessage()).contains("\"quarante mille\"").contains("a whole number");
        assertThat($(Paragraph.class).id("onb-form-verdict").getText()).startsWith("1 champ(s) à corriger");
        assertThat($(PlanStep.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void an_existing_tenant_loads_into_the_form_for_a_contract_change_with_its_name_locked() {
        navigate(OnboardingView.class);
        OnboardingView view = (OnboardingView) getCurrentView();

        test($(com.vaadin.flow.component.combobox.ComboBox.class).id("onb-existing")).selectItem("rhone-colleges");

        assertThat(view.formStep.form.name.getValue()).isEqualTo("rhone-colleges");
        assertThat(view.formStep.form.name.isReadOnly()).isTrue();
        assertThat(view.formStep.form.quotaCpu.getValue()).isEqualTo("27");
        assertThat(view.formStep.check()).contains(catalogue.find("rhone-colleges").orElseThrow());
        assertThat($(TenantActions.class).single().isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("manager")
    void the_loire_is_planned_applied_and_comes_up_green_through_the_wizard() {
        assumeThat(engine.getIfAvailable()).as("an onboarding engine is deployed").isNotNull();
        navigate(OnboardingView.class);
        OnboardingView view = (OnboardingView) getCurrentView();
        test($(Button.class).id("onb-example-loire")).click();

        test($(Button.class).id("onb-plan")).click();

        assertThat(view.planStep).isNotNull();
        assertThat(view.planStep.objects.getListDataView().getItems())
                .isNotEmpty().allSatisfy(line -> assertThat(line.action()).isEqualTo(Action.CREATE));
        test(view.planStep.apply).click();
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            view.poll();
            return view.applyStep.run().state() == State.READY;
        });
        await().pollInSameThread().atMost(Duration.ofSeconds(90)).until(() -> {
            view.poll();
            return fleet.current().tenant(LoireExample.NAME).map(t -> t.status() == Status.GREEN).orElse(false);
        });
        view.poll();
        assertThat($(Paragraph.class).id("onb-bringup-verdict").getText()).startsWith("Opérationnel");
        assertThat(catalogue.find(LoireExample.NAME)).isPresent();
    }

    @Test
    @WithUserDetails("manager")
    void a_namespace_another_tenant_uses_is_refused_under_the_namespace_field_and_nothing_is_created() {
        assumeThat(engine.getIfAvailable()).as("an onboarding engine is deployed").isNotNull();
        navigate(OnboardingView.class);
        OnboardingView view = (OnboardingView) getCurrentView();
        test($(Button.class).id("onb-example-loire")).click();
        view.formStep.form.name.setValue("loire-lycees");
        view.formStep.form.namespace.setValue("ent-rhone-colleges");
        int runs = engine.getObject().recent().size();

        test($(Button.class).id("onb-plan")).click();

        assertThat(view.planStep).isNull();
        assertThat(view.formStep.form.namespace.isInvalid()).isTrue();
        assertThat(view.formStep.form.namespace.getErrorMessage()).contains("ent-rhone-colleges");
        assertThat(catalogue.find("loire-lycees")).isEmpty();
        assertThat(engine.getObject().recent()).hasSizeLessThanOrEqualTo(runs);
    }

    @Test
    @WithUserDetails("manager")
    void the_wizard_is_in_french_by_default() {
        OnboardingView view = navigate(OnboardingView.class);
        test($(Button.class).id("onb-example-loire")).click();

        assertThat(view.getPageTitle()).isEqualTo("Intégration — Vigie");
        assertThat($(H2.class).first().getText()).isEqualTo("Intégrer une collectivité");
        assertThat($(Button.class).id("onb-example-loire").getText()).isEqualTo("Exemple : Loire");
        assertThat($(Span.class).id("onb-stepper").getText()).isEqualTo("Étape 1 sur 3 : formulaire");
        assertThat(view.formStep.form.students.getLabel()).isEqualTo("Élèves");
        assertThat($(Paragraph.class).id("onb-suggestions-summary").getText())
                .matches("Jour de classe normal : 1\\h948 sessions simultanées au pic de 8 h ; .*");
    }

    @Test
    @WithUserDetails("manager")
    void the_wizard_speaks_english_once_english_is_chosen() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        OnboardingView view = navigate(OnboardingView.class);
        test($(Button.class).id("onb-example-loire")).click();
        test(view.formStep.form.students).setValue("quarante mille");

        test($(Button.class).id("onb-plan")).click();

        assertThat(view.getPageTitle()).isEqualTo("Onboarding — Vigie");
        assertThat($(H2.class).first().getText()).isEqualTo("Onboard a local authority");
        assertThat($(Button.class).id("onb-example-loire").getText()).isEqualTo("Example: Loire");
        assertThat($(Span.class).id("onb-stepper").getText()).isEqualTo("Step 1 of 3: form");
        assertThat(view.formStep.form.students.getLabel()).isEqualTo("Students");
        assertThat(view.formStep.form.students.getErrorMessage())
                .startsWith("Value \"quarante mille\" refused; expected: a whole number");
        assertThat($(Paragraph.class).id("onb-form-verdict").getText())
                .isEqualTo("1 field(s) to fix: each problem is shown under its field.");
        assertThat(view.formStep.form.services.rows().getFirst().priority.getItemLabelGenerator()
                .apply(view.formStep.form.services.rows().getFirst().priority.getValue())).isEqualTo("critical");
        assertThat(shownWords(view)).as("French words left on the English page").noneMatch(text -> Stream.of("Étape",
                "Ajouter", "Retirer", "Vérifier", "Appliquer", "Réplica", "Élèves", "Enseignants", "simultanées", "Motif",
                "Exemple", "Nouvelle collectivité", "Partir", "jour", "Quota mémoire", "Courriel", "Rôle").anyMatch(text::contains));
    }

    /** Every text, button word and field label of the view (not of the layout around it), as a person reads them. */
    private List<String> shownWords(OnboardingView view) {
        Stream<String> labels = $view(Component.class).all().stream().filter(HasLabel.class::isInstance)
                .map(c -> ((HasLabel) c).getLabel());
        Stream<String> texts = $view(Component.class).all().stream().filter(HasText.class::isInstance)
                .map(c -> ((HasText) c).getText());
        return Stream.concat(Stream.concat(labels, texts), Stream.of(view.getElement().getTextRecursively()))
                .filter(Objects::nonNull).toList();
    }
}
