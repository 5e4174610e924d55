package org.vigie.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The caller of the current request or Vaadin session, if signed in. It reads the security context
 * through this application's strategy (Vaadin-aware), not the JVM-wide static holder.
 */
@Component
public class CurrentCaller {

    private final SecurityContextHolderStrategy contexts;

    CurrentCaller(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    public Optional<Caller> find() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CallerPrincipal principal) {
            return Optional.of(principal.caller());
        }
        return Optional.empty();
    }

    public Caller get() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in caller in this request"));
    }
}
