package org.vigie.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vigie.security.AccessScope;
import org.vigie.security.Role;
import org.vigie.security.display.DisplayTokens;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.users.UserAccount;
import org.vigie.security.users.UserAccounts;

/** The admin's screens: users, API tokens, wall-display links; bad input is named and changes nothing. */
@SpringBootTest
@WithUserDetails("admin")
class AdminViewsIT extends SpringBrowserlessTest {

    @Autowired
    UserAccounts users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    DisplayTokens displays;

    @Test
    void an_admin_creates_a_regional_operator_after_being_told_the_password_is_too_short() {
        navigate(UsersView.class);
        String name = "op-" + UUID.randomUUID().toString().substring(0, 8);
        test($(TextField.class).id("new-username")).setValue(name);
        test($(PasswordField.class).id("new-password")).setValue("short");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).id("grant-roles");
        roles.setValue(Set.of(Role.OPERATOR));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> regions = $(MultiSelectComboBox.class).id("grant-regions");
        regions.setValue(Set.of("hauts-de-france"));

        test($(Button.class).id("create-user")).click();

        assertThat($(Paragraph.class).id("users-message").getText())
                .isEqualTo("field 'password': a password needs at least 12 characters (got 5)");
        assertThat(users.find(name)).isEmpty();

        test($(PasswordField.class).id("new-password")).setValue("long enough at last");
        test($(Button.class).id("create-user")).click();

        assertThat($(Paragraph.class).id("users-message").getText()).isEqualTo("Utilisateur " + name + " créé.");
        UserAccount created = users.find(name).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.OPERATOR);
        assertThat(created.scope()).isEqualTo(new AccessScope(Set.of("hauts-de-france"), Set.of()));
        Grid<?> grid = $(Grid.class).id("users");
        assertThat(test(grid).size()).isEqualTo(users.all().size());
    }

    @Test
    void a_token_created_in_the_console_is_shown_once_works_and_is_revoked_from_the_list() {
        navigate(ApiTokensView.class);
        test($(TextField.class).id("token-name")).setValue("grafana " + UUID.randomUUID());

        test($(Button.class).id("create-token")).click();

        String secret = $(Paragraph.class).id("token-secret").getText();
        assertThat(secret).startsWith("vigie_");
        assertThat(tokens.authenticate(secret)).hasValueSatisfying(u -> assertThat(u.username()).isEqualTo("admin"));
        Grid<?> grid = $(Grid.class).id("tokens");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("actif");

        test((Button) test(grid).getCellComponent(0, 5)).click();

        assertThat(tokens.authenticate(secret)).isEmpty();
        assertThat(test(grid).getCellText(0, 4)).startsWith("révoqué le ");
    }

    @Test
    void a_display_link_is_created_for_one_region_and_a_nameless_one_is_refused() {
        navigate(DisplayTokensView.class);
        test($(Button.class).id("create-display")).click();
        assertThat($(Paragraph.class).id("display-message").getText()).startsWith("field 'name' = '': a display needs");

        test($(TextField.class).id("display-name")).setValue("Salle de crise " + UUID.randomUUID());
        @SuppressWarnings("unchecked")
        ComboBox<String> region = $(ComboBox.class).id("display-region");
        region.setValue("ile-de-france");
        test($(Button.class).id("create-display")).click();

        String link = $(Anchor.class).id("display-link").getHref();
        assertThat(link).contains("board?display=display_");
        String secret = link.substring(link.indexOf("display=") + "display=".length());
        assertThat(displays.findActive(secret)).hasValueSatisfying(t -> assertThat(t.region()).isEqualTo("ile-de-france"));
    }
}
