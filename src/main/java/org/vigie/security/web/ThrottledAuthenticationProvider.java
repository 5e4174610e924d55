package org.vigie.security.web;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.security.LoginThrottle;
import org.vigie.security.LoginThrottledException;
import org.vigie.security.SecurityAudit;
import org.vigie.security.users.ConsoleUser;

/**
 * Password sign-in (login form, and HTTP Basic when asking for an API token): refused without a
 * check while throttled; every failure and success is audited.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SecurityAudit audit;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle,
            SecurityAudit audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        String from = address == null ? "" : " from " + address;
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            LoginThrottledException refused = new LoginThrottledException(wait.get());
            audit.record(username, SecurityAudit.SIGN_IN, Outcome.DENIED, "throttled" + from + ": " + refused.getMessage());
            throw refused;
        }
        try {
            Authentication checked = passwords.authenticate(attempt);
            throttle.succeeded(username);
            audit.record(username, SecurityAudit.SIGN_IN, Outcome.SUCCEEDED, "password accepted" + from);
            return withoutPasswordHash(checked);
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            audit.record(username, SecurityAudit.SIGN_IN, Outcome.FAILED, e.getClass().getSimpleName() + from);
            throw e;
        }
    }

    /** The session keeps the user, not their bcrypt hash. */
    private static Authentication withoutPasswordHash(Authentication checked) {
        if (!(checked.getPrincipal() instanceof ConsoleUser user)) {
            return checked;
        }
        ConsoleUser kept = new ConsoleUser(user.account().withoutPassword());
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(kept, null,
                kept.getAuthorities());
        signedIn.setDetails(checked.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
