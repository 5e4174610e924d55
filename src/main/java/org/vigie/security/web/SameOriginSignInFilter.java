package org.vigie.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.security.SecurityAudit;

/**
 * Refuses a password sign-in ({@code POST /login}) that a browser did not send from this server's
 * own origin: {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none}, an {@code Origin}
 * (or, without one, a {@code Referer}) of another origin, or neither header at all. Vaadin exempts
 * the login form from Spring's CSRF token, so this check is what stops a forged cross-site sign-in
 * (see docs/decisions/0014-cross-site-sign-in-and-plain-tenant-files.md). 403, audited, nothing counted
 * against the login throttle.
 */
class SameOriginSignInFilter extends OncePerRequestFilter {

    static final String PATH = "/login";
    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, PATH);

    private final SecurityAudit audit;

    SameOriginSignInFilter(SecurityAudit audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> refusal = refusal(request);
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        audit.record(request.getParameter("username"), SecurityAudit.SIGN_IN, Outcome.DENIED,
                "cross-site sign-in refused from " + request.getRemoteAddr() + ": " + refusal.get());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Sign-in refused: it was not sent from Vigie's own sign-in page ("
                + refusal.get() + "). Open " + ownOrigin(request) + PATH + " and sign in there.\n");
    }

    /** Why the request cannot be proven to come from this origin, or empty when it does. */
    static Optional<String> refusal(HttpServletRequest request) {
        String own = ownOrigin(request);
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return Optional.of("Sec-Fetch-Site is " + fetchSite + ", not same-origin");
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return own.equals(originOf(origin)) ? Optional.empty()
                    : Optional.of("Origin " + origin + " is not this server's origin " + own);
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            return own.equals(originOf(referer)) ? Optional.empty()
                    : Optional.of("Referer " + referer + " is not from this server's origin " + own);
        }
        return Optional.of("neither Origin nor Referer says where the form was sent from");
    }

    /** scheme://host[:port] as the server sees itself (behind a proxy: once forwarded headers are applied). */
    private static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** The origin of a header value, normalised like {@link #ownOrigin}; "" when it is not an absolute URL. */
    private static String originOf(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String origin(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        int defaultPort = lowerScheme.equals("https") ? 443 : lowerScheme.equals("http") ? 80 : -1;
        boolean explicitPort = port >= 0 && port != defaultPort;
        return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + (explicitPort ? ":" + port : "");
    }
}
