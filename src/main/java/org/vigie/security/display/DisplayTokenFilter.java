package org.vigie.security.display;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vigie.platform.DatabaseDownPage;

/**
 * Opens {@code /board?display=<token>} without a login form: a valid token signs the browser in as
 * that display (in a fresh session); an unknown or revoked one leads to the revoked screen. Someone
 * already signed in keeps their own identity. While PostgreSQL does not answer, the link cannot be
 * checked: a page says so and reloads itself until it can.
 */
public class DisplayTokenFilter extends OncePerRequestFilter {

    public static final String PARAMETER = "display";
    public static final String REVOKED_PATH = "display-revoked";

    private final DisplayTokens tokens;
    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    public DisplayTokenFilter(DisplayTokens tokens, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.contexts = contexts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getParameter(PARAMETER) == null
                || !(request.getContextPath() + "/board").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = contexts.getContext().getAuthentication();
        boolean signedInAsPerson = current != null && current.isAuthenticated()
                && !(current instanceof AnonymousAuthenticationToken) && !(current.getPrincipal() instanceof DisplayPrincipal);
        if (signedInAsPerson) {
            chain.doFilter(request, response);
            return;
        }
        Optional<DisplayToken> token;
        try {
            token = tokens.findActive(request.getParameter(PARAMETER));
        } catch (DataAccessException | TransactionException e) {
            DatabaseDownPage.write(response);
            return;
        }
        if (token.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/" + REVOKED_PATH);
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        DisplayPrincipal display = new DisplayPrincipal(token.get().id(), token.get().name(), token.get().region());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(display, null,
                List.of(new SimpleGrantedAuthority(DisplayPrincipal.AUTHORITY))));
        contexts.setContext(context);
        sessions.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
