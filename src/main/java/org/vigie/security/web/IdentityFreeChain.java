package org.vigie.security.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The filter chain of endpoints that need no identity (status page and JSON, error page): no session,
 * context, CSRF or header filters, which keeps the status API as fast as it was before sign-in.
 */
public final class IdentityFreeChain {

    private IdentityFreeChain() {
    }

    public static SecurityFilterChain of(HttpSecurity http, RequestMatcher endpoints) throws Exception {
        return http.securityMatcher(endpoints)
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .securityContext(context -> context.disable())
                .sessionManagement(sessions -> sessions.disable())
                .anonymous(anonymous -> anonymous.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .build();
    }
}
