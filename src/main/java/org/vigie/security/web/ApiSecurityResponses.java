package org.vigie.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.vigie.platform.Problems;
import org.vigie.security.Caller;
import org.vigie.security.CurrentCaller;
import org.vigie.security.LoginThrottledException;
import org.vigie.security.SecurityAudit;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API and Actuator answer when security refuses: problem+json 401 (with the way to
 * authenticate), 429 while throttled, 403 with an audit record, 503 when the user store (PostgreSQL)
 * does not answer. Never a redirect to the login page.
 */
public class ApiSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final SecurityAudit audit;
    private final CurrentCaller callers;

    public ApiSecurityResponses(JsonMapper json, SecurityAudit audit, CurrentCaller callers) {
        this.json = json;
        this.audit = audit;
        this.callers = callers;
    }

    /** The API's challenge: a personal token. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        challenge(response, refused, "Bearer realm=\"Vigie\"", "send 'Authorization: Bearer <token>' with a personal "
                + "API token (create one in the console under 'API tokens' or with POST /api/v1/tokens)");
    }

    /** The challenge where a token is asked for: a user name and password. */
    public AuthenticationEntryPoint askingForPassword() {
        return (request, response, refused) -> challenge(response, refused, "Basic realm=\"Vigie\"",
                "send your user name and password as HTTP Basic to create an API token");
    }

    private void challenge(HttpServletResponse response, AuthenticationException refused, String scheme, String how)
            throws IOException {
        if (refused instanceof AuthenticationServiceException) {
            response.setHeader("Retry-After", String.valueOf(Problems.DATABASE_RETRY_AFTER_SECONDS));
            write(response, HttpStatus.SERVICE_UNAVAILABLE, "Sign-in unavailable",
                    ThrottledAuthenticationProvider.UNAVAILABLE);
            return;
        }
        if (refused instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins", throttled.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", scheme);
        write(response, HttpStatus.UNAUTHORIZED, "Authentication required", how);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        Caller caller = callers.find().orElse(null);
        String attempted = request.getMethod() + " " + request.getRequestURI();
        String why = caller == null ? "not signed in" : "roles " + caller.roles() + " do not allow it";
        audit.denied(caller == null ? null : caller.username(), attempted, null, why);
        write(response, HttpStatus.FORBIDDEN, "Forbidden", attempted + " is not allowed: " + why);
    }

    /** 503 while PostgreSQL does not answer: nothing was checked, try again later. */
    public void databaseUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(Problems.DATABASE_RETRY_AFTER_SECONDS));
        write(response, HttpStatus.SERVICE_UNAVAILABLE, Problems.DATABASE_UNAVAILABLE, Problems.DATABASE_UNAVAILABLE_DETAIL);
    }

    public void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
