package org.vigie.security.web;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.vigie.platform.DatabaseAvailability;
import org.vigie.security.CurrentCaller;
import org.vigie.security.LoginThrottle;
import org.vigie.security.SecurityAudit;
import org.vigie.security.SecuritySettings;
import org.vigie.security.SignInFailures;
import org.vigie.security.display.DisplayTokenFilter;
import org.vigie.security.display.DisplayTokens;
import org.vigie.security.oidc.ConsoleOidcUserService;
import org.vigie.security.oidc.OidcSettings;
import org.vigie.security.tokens.ApiTokens;
import org.vigie.security.tokens.BearerTokenFilter;
import org.vigie.security.ui.LoginView;
import org.vigie.security.users.ConsoleUserDetailsService;
import org.vigie.security.users.UserAccounts;
import org.vigie.security.web.EndpointRules.Rule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Five filter chains: the public endpoints (nothing to check), asking for an API token (HTTP
 * Basic), the API (bearer tokens, 401/403 as problem+json), Actuator (health and info public,
 * prometheus optionally behind a token) and the console (Vaadin login, display tokens for the
 * board, OIDC when configured).
 */
@Configuration
@EnableConfigurationProperties({SecuritySettings.class, OidcSettings.class})
class SecurityConfiguration {

    /** Observing every security filter of every request halved the status API's throughput; audit records say who did what. */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(SecuritySettings settings, Clock clock, JdbcClient jdbc,
            DatabaseAvailability database) {
        return new LoginThrottle(clock, settings.failuresBeforeLock(), settings.lockTime(), settings.failureWindow(),
                new SignInFailures(jdbc, settings.failureWindow(), database::available));
    }

    @Bean
    AuthenticationManager authenticationManager(ConsoleUserDetailsService users, PasswordEncoder passwords,
            LoginThrottle throttle, SecurityAudit audit) {
        DaoAuthenticationProvider checkPassword = new DaoAuthenticationProvider(users);
        checkPassword.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledAuthenticationProvider(checkPassword, throttle, audit));
    }

    @Bean
    ApiSecurityResponses apiSecurityResponses(JsonMapper json, SecurityAudit audit, CurrentCaller callers) {
        return new ApiSecurityResponses(json, audit, callers);
    }

    /** The public endpoints need no identity. */
    @Bean
    @Order(0)
    SecurityFilterChain publicEndpoints(HttpSecurity http) throws Exception {
        return IdentityFreeChain.of(http, matching(EndpointRules.open()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuing(HttpSecurity http, ApiSecurityResponses responses,
            AuthenticationManager passwords) throws Exception {
        AuthenticationEntryPoint askingForPassword = responses.askingForPassword();
        return stateless(http, responses)
                .authenticationManager(passwords)
                .securityMatcher(matching(EndpointRules.password()))
                .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(askingForPassword))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(askingForPassword))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiSecurityResponses responses, ApiTokens tokens,
            SecurityContextHolderStrategy contexts) throws Exception {
        return stateless(http, responses)
                .securityMatcher("/api/**")
                .addFilterBefore(new BearerTokenFilter(tokens, responses, contexts), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> {
                    EndpointRules.api().forEach(rule -> requireRole(rules, rule));
                    rules.anyRequest().denyAll();
                })
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain actuator(HttpSecurity http, ApiSecurityResponses responses, SecuritySettings settings)
            throws Exception {
        return stateless(http, responses)
                .securityMatcher("/actuator/**")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/prometheus").access(prometheusAccess(settings.prometheusToken()))
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain console(HttpSecurity http, DisplayTokens displays, OidcSettings oidc,
            ObjectProvider<ClientRegistrationRepository> registrations, UserAccounts users, SecurityAudit audit,
            AuthenticationManager passwords, SecurityContextHolderStrategy contexts) throws Exception {
        // Password sign-in falls through to the throttled manager; OIDC keeps the providers its configurer adds.
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(passwords);
        http.authorizeHttpRequests(rules -> EndpointRules.console().forEach(rule -> requireRole(rules, rule)));
        http.addFilterBefore(new DisplayTokenFilter(displays, contexts), AnonymousAuthenticationFilter.class);
        http.addFilterBefore(new SameOriginSignInFilter(audit), CsrfFilter.class);
        ClientRegistrationRepository oidcClient = registrations.getIfAvailable();
        if (oidc.enabled() && oidcClient != null) {
            http.oauth2Login(login -> login.loginPage("/login").clientRegistrationRepository(oidcClient)
                    .userInfoEndpoint(info -> info.oidcUserService(new ConsoleOidcUserService(oidc, users, audit))));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    private static HttpSecurity stateless(HttpSecurity http, ApiSecurityResponses responses) throws Exception {
        return http
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses));
    }

    /** A GET rule covers HEAD too, as HTTP wants (a HEAD of the public status page is public). */
    private static RequestMatcher matching(List<Rule> rules) {
        return new OrRequestMatcher(rules.stream().flatMap(rule -> rule.method() == HttpMethod.GET
                        ? Stream.of(pathPattern(HttpMethod.GET, rule.pattern()), pathPattern(HttpMethod.HEAD, rule.pattern()))
                        : Stream.of(pathPattern(rule.method(), rule.pattern())))
                .toArray(RequestMatcher[]::new));
    }

    /** A rule of {@link EndpointRules#api()} or {@link EndpointRules#console()}: its access names the role. */
    private static void requireRole(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules, Rule rule) {
        rules.requestMatchers(pathPattern(rule.method(), rule.pattern())).hasRole(rule.access().name());
    }

    /** Public unless a token is configured; then only {@code Authorization: Bearer <that token>}. */
    static AuthorizationManager<RequestAuthorizationContext> prometheusAccess(String token) {
        if (token == null || token.isBlank()) {
            return (authentication, context) -> new AuthorizationDecision(true);
        }
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        return (authentication, context) -> {
            String header = context.getRequest().getHeader("Authorization");
            return new AuthorizationDecision(header != null
                    && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8)));
        };
    }
}
