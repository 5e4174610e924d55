package org.vigie.security.tokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vigie.security.users.ConsoleUser;
import org.vigie.security.users.UserAccount;
import org.vigie.security.web.ApiSecurityResponses;

/**
 * Authenticates an API request carrying {@code Authorization: Bearer <personal token>}. A token
 * that is unknown, revoked or whose user is disabled gets 401 at once; no header, no opinion. While
 * PostgreSQL does not answer, the token cannot be checked: 503 problem+json after the bounded wait.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ApiTokens tokens;
    private final ApiSecurityResponses responses;
    private final SecurityContextHolderStrategy contexts;

    public BearerTokenFilter(ApiTokens tokens, ApiSecurityResponses responses, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.responses = responses;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccount> user;
        try {
            user = tokens.authenticate(header.substring(SCHEME.length()).strip());
        } catch (DataAccessException | TransactionException e) {
            responses.databaseUnavailable(response);
            return;
        }
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            responses.write(response, HttpStatus.UNAUTHORIZED, "Invalid token",
                    "the bearer token is unknown, revoked, or its user is disabled");
            return;
        }
        ConsoleUser principal = new ConsoleUser(user.get());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
