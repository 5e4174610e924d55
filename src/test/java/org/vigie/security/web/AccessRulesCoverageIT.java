package org.vigie.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vigie.VigieApplication;

/**
 * Nothing is reachable without an explicit rule: every route has an access annotation, every endpoint (a controller's
 * or one of Vigie's own servlets) a rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessRulesCoverageIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    @Test
    void every_controller_endpoint_has_exactly_one_rule_and_every_rule_an_endpoint() {
        Set<String> mapped = new HashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    mapped.add("* " + pattern);
                }
                methods.forEach(method -> mapped.add(method.name() + " " + pattern));
            }
        }
        for (ServletRegistrationBean<?> servlet : servlets) {
            Class<?> type = servlet.getServlet().getClass();
            if (type.getPackageName().startsWith(VigieApplication.class.getPackageName())) {
                Stream.of(type.getDeclaredMethods()).map(Method::getName).filter(name -> name.matches("do[A-Z][a-z]+"))
                        .forEach(handler -> servlet.getUrlMappings().forEach(
                                pattern -> mapped.add(handler.substring(2).toUpperCase(Locale.ROOT) + " " + pattern)));
            }
        }
        List<String> ruled = EndpointRules.ALL.stream()
                .map(rule -> (rule.method() == null ? "*" : rule.method().name()) + " " + rule.pattern()).toList();

        assertThat(ruled).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ruled)).as("rules in EndpointRules.ALL vs endpoints the application maps")
                .isEqualTo(mapped);
    }

    @Test
    void every_route_and_layout_states_who_may_open_it() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(com.vaadin.flow.router.Layout.class));
        List<String> unruled = new ArrayList<>();
        int routes = 0;
        for (var candidate : scanner.findCandidateComponents(VigieApplication.class.getPackageName())) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            routes++;
            long rules = Stream.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class)
                    .filter(view::isAnnotationPresent).count();
            if (rules != 1) {
                unruled.add(view.getName() + " has " + rules + " access annotations");
            }
        }

        assertThat(routes).isGreaterThanOrEqualTo(11);
        assertThat(unruled).isEmpty();
    }
}
