package org.vigie.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The onboarding wizard through Vaadin, without a browser, in demo mode. */
@SpringBootTest
class OnboardingViewIT extends SpringBrowserlessTest {

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
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("onb-form-verdict").getText())
                .startsWith("1 champ(s) à corriger");
    }
}
