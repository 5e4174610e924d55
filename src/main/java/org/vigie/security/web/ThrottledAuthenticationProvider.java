package org.vigie.security.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.vigie.audit.AuditEntry.Outcome;
import org.vigie.platform.DatabaseAvailability;
import org.vigie.security.LoginThrottle;
import org.vigie.security.LoginThrottledException;
import org.vigie.security.SecurityAudit;
import org.vigie.security.users.ConsoleUser;

/**
 * Password sign-in (login form, and HTTP Basic when asking for an API token): refused without a
 * check while throttled; every failure and success is audited. When the user store (PostgreSQL)
 * does not answer, no password was checked: the attempt counts for nothing and says so.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    public static final String UNAVAILABLE = "sign-in is unavailable: the user store (PostgreSQL) does not answer; "
            + "this attempt was not counted against you; try again in a minute";
    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

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
        LoginThrottle.Attempt check;
        try {
            check = throttle.begin(username, address);
        } catch (LoginThrottledException refused) {
            audit.record(username, SecurityAudit.SIGN_IN, Outcome.DENIED, "throttled" + from + ": " + refused.getMessage());
            throw refused;
        }
        try {
            Authentication checked = passwords.authenticate(attempt);
            check.succeeded();
            audit.record(username, SecurityAudit.SIGN_IN, Outcome.SUCCEEDED, "password accepted" + from);
            return withoutPasswordHash(checked);
        } catch (AuthenticationServiceException e) {
            throw unavailable(username, from, e);
        } catch (AuthenticationException e) {
            check.failed();
            audit.record(username, SecurityAudit.SIGN_IN, Outcome.FAILED, e.getClass().getSimpleName() + from);
            throw e;
        } finally {
            check.close();
        }
    }

    /** No password was checked; the audit trail is not tried either, as it lives in the same database. */
    private static AuthenticationServiceException unavailable(String username, String from,
            AuthenticationServiceException e) {
        if (DatabaseAvailability.isOutage(e)) {
            log.warn("Sign-in of '{}'{} not checked and not counted: PostgreSQL unavailable ({})", username, from,
                    e.getMessage());
            return new InternalAuthenticationServiceException(UNAVAILABLE, e);
        }
        log.error("Sign-in of '{}'{} not checked and not counted: {}", username, from, e.getMessage(), e);
        return e;
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
