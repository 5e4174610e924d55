package org.vigie.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The console sessions of each signed-in person, so that an admin can sign someone out everywhere:
 * each session forgets its sign-in and its open pages go to the login page at once (server push).
 */
@Component
public class SignedInSessions implements VaadinServiceInitListener {

    private final Map<String, Set<VaadinSession>> byUser = new ConcurrentHashMap<>();
    private final CurrentCaller callers;

    SignedInSessions(CurrentCaller callers) {
        this.callers = callers;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> callers.find()
                .filter(caller -> !caller.roles().isEmpty())
                .ifPresent(caller -> byUser.computeIfAbsent(caller.username(), name -> ConcurrentHashMap.newKeySet())
                        .add(init.getUI().getSession())));
        event.getSource().addSessionDestroyListener(destroyed ->
                byUser.values().forEach(sessions -> sessions.remove(destroyed.getSession())));
    }

    public int count(String username) {
        return Optional.ofNullable(byUser.get(username)).map(Set::size).orElse(0);
    }

    /** Everyone with an open console session. */
    public Set<String> signedIn() {
        return Set.copyOf(byUser.keySet());
    }

    /** Signs the user out of every console session; returns how many there were. */
    public int endAll(String username) {
        Set<VaadinSession> sessions = byUser.remove(username);
        if (sessions == null) {
            return 0;
        }
        sessions.forEach(session -> session.access(() -> {
            session.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            session.getUIs().forEach(ui -> ui.getPage().setLocation("login"));
        }));
        return sessions.size();
    }
}
