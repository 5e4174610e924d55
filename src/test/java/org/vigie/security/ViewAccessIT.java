package org.vigie.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.audit.AuditFilter;
import org.vigie.audit.AuditLog;
import org.vigie.scaling.ScaleRequest;
import org.vigie.scaling.ScaleResult;
import org.vigie.scaling.ScalingService;
import org.vigie.security.users.UserAccounts;
import org.vigie.testing.Callers;

/** Each role against each view, through Vaadin's navigation access control. */
@SpringBootTest
class ViewAccessIT extends SpringBrowserlessTest {

    /** Every location and the {@code @Route} of the view it shows when access is granted. */
    static final Map<String, String> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("", "");
        ROUTES.put("tenants/somme-colleges", "tenants");
        ROUTES.put("audit", "audit");
        ROUTES.put("scaling/bulk", "scaling/bulk");
        ROUTES.put("surge", "surge");
        ROUTES.put("board", "board");
        ROUTES.put("tokens", "tokens");
        ROUTES.put("admin/users", "admin/users");
        ROUTES.put("admin/displays", "admin/displays");
        ROUTES.put("catalogue", "catalogue");
        ROUTES.put("onboarding", "onboarding");
        ROUTES.put("login", "login");
        ROUTES.put("display-revoked", "display-revoked");
    }

    static final Map<Role, Set<String>> OPENS = Map.of(
            Role.VIEWER, Set.of("", "tenants/somme-colleges", "board", "tokens", "login", "display-revoked"),
            Role.ACCOUNT_MANAGER, Set.of("", "tenants/somme-colleges", "board", "tokens", "login", "display-revoked",
                    "catalogue", "onboarding"),
            Role.OPERATOR, Set.of("", "tenants/somme-colleges", "board", "tokens", "login", "display-revoked", "audit",
                    "scaling/bulk", "surge"),
            Role.ADMIN, ROUTES.keySet());

    @Autowired
    UserAccounts users;

    @Autowired
    ScalingService scaling;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void scopedOperator() {
        users.createLocal("op-idf", "a-long-enough-password", EnumSet.of(Role.OPERATOR),
                new AccessScope(Set.of("ile-de-france"), Set.of()));
    }

    List<String> misjudged(Role role) {
        List<String> wrong = new ArrayList<>();
        ROUTES.forEach((route, viewRoute) -> {
            UI.getCurrent().navigate(route);
            Route shownRoute = getCurrentView().getClass().getAnnotation(Route.class);
            boolean shown = shownRoute != null && shownRoute.value().equals(viewRoute);
            if (shown != OPENS.get(role).contains(route)) {
                wrong.add(role + " " + (shown ? "opened" : "was refused") + " '" + route + "'");
            }
        });
        return wrong;
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_opens_the_read_only_views_only_and_sees_no_scale_button() {
        assertThat(misjudged(Role.VIEWER)).isEmpty();
        UI.getCurrent().navigate("tenants/somme-colleges");
        Grid<?> services = $(Grid.class).id("tenant-services");
        assertThat(services.getColumns()).hasSize(6);
        assertThat(test(services).getCellText(0, 0)).isNotBlank();
    }

    @Test
    @WithUserDetails("viewer")
    void a_page_the_roles_do_not_open_is_a_plain_access_denied_page_listing_no_route() {
        UI.getCurrent().navigate("audit");

        assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("access-denied");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Accès refusé")
                .doesNotContain("scaling/bulk").doesNotContain("admin/users");

        UI.getCurrent().navigate("no-such-page");

        assertThat(getCurrentView().getElement().getAttribute("id")).isEqualTo("not-found");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page introuvable")
                .doesNotContain("audit").doesNotContain("admin/users");
    }

    @Test
    @WithUserDetails("manager")
    void an_account_manager_opens_the_read_only_views_and_the_catalogue() {
        assertThat(misjudged(Role.ACCOUNT_MANAGER)).isEmpty();
    }

    @Test
    @WithUserDetails("operator")
    void an_operator_also_opens_scaling_and_the_audit_trail() {
        assertThat(misjudged(Role.OPERATOR)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_opens_everything() {
        assertThat(misjudged(Role.ADMIN)).isEmpty();
    }

    @Test
    @WithUserDetails(value = "op-idf", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_operator_of_another_region_finds_scale_buttons_disabled_elsewhere() {
        UI.getCurrent().navigate("tenants/somme-colleges");
        Grid<?> services = $(Grid.class).id("tenant-services");
        List<Button> buttons = new ArrayList<>();
        for (int row = 0; row < test(services).size(); row++) {
            if (test(services).getCellComponent(row, services.getColumns().size() - 1) instanceof Button button) {
                buttons.add(button);
            }
        }

        assertThat(buttons).isNotEmpty().allSatisfy(button -> {
            assertThat(button.isEnabled()).isFalse();
            assertThat(button.getTooltip().getText()).isEqualTo("Hors de votre périmètre : regions ile-de-france");
        });
    }

    @Test
    void a_forged_scale_from_a_viewer_or_out_of_scope_operator_is_refused_and_audited() {
        ScaleResult viewer = scaling.scale(new ScaleRequest(Callers.viewer(), "somme-colleges", "binder", 3, null,
                "forged", null, null, null, null));
        ScaleResult outsider = scaling.scale(new ScaleRequest(Callers.operatorOf("ile-de-france"), "somme-colleges",
                "binder", 3, null, "forged", null, null, null, null));

        assertThat(viewer.kind()).isEqualTo(ScaleResult.Kind.FORBIDDEN);
        assertThat(outsider.kind()).isEqualTo(ScaleResult.Kind.FORBIDDEN);
        assertThat(audit.find(new AuditFilter("somme-colleges", "viewer", null, null)))
                .anySatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.DENIED));
        assertThat(audit.find(new AuditFilter("somme-colleges", "operator-ile-de-france", null, null)))
                .anySatisfy(r -> assertThat(r.detail()).contains("outside your scope: regions ile-de-france"));
    }
}
