package org.vigie.board.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.vigie.platform.DatabaseAvailability;
import org.vigie.security.SecuritySettings;
import org.vigie.security.display.DisplayPrincipal;
import org.vigie.security.display.DisplayTokenFilter;
import org.vigie.security.display.DisplayTokens;

/**
 * Who is looking at this board: a person, or a wall display whose token is re-checked every
 * {@code vigie.security.display-check-interval}. A revoked display is signed out and sent to the
 * revoked screen. While PostgreSQL does not answer, the display keeps its last verdict.
 */
@Component
@UIScope
class DisplayAccess {

    private static final Logger log = LoggerFactory.getLogger(DisplayAccess.class);

    private final DisplayTokens tokens;
    private final SecuritySettings settings;
    private final DisplayPrincipal display;
    private final SecurityContextHolderStrategy contexts;
    private final DatabaseAvailability database;
    private Instant lastCheck = Instant.now();

    DisplayAccess(DisplayTokens tokens, SecuritySettings settings, SecurityContextHolderStrategy contexts,
            DatabaseAvailability database) {
        this.database = database;
        this.tokens = tokens;
        this.settings = settings;
        this.contexts = contexts;
        Authentication signedIn = contexts.getContext().getAuthentication();
        this.display = signedIn != null && signedIn.getPrincipal() instanceof DisplayPrincipal principal ? principal : null;
    }

    boolean person() {
        return display == null;
    }

    Optional<String> boundRegion() {
        return display == null ? Optional.empty() : Optional.ofNullable(display.region());
    }

    boolean stillAllowed(Instant now) {
        // Known unavailable: do not hold the shared board clock for the connection timeout.
        if (display == null || now.isBefore(lastCheck.plus(settings.displayCheckInterval())) || !database.available()) {
            return true;
        }
        lastCheck = now;
        try {
            return tokens.isActive(display.tokenId());
        } catch (DataAccessException e) {
            log.warn("Cannot check display token of '{}', PostgreSQL unavailable: {}", display.name(), e.getMessage());
            return true;
        }
    }

    void leave(UI ui) {
        VaadinSession.getCurrent().getSession()
                .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        contexts.clearContext();
        ui.navigate(DisplayTokenFilter.REVOKED_PATH);
    }
}
