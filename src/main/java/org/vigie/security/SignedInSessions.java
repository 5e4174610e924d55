package org.vigie.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.vigie.security.SessionEndings.Ending;

/**
 * The console sessions of each signed-in person, so that an admin can sign someone out everywhere:
 * each session forgets its sign-in and its open pages go to the login page at once (server push).
 * "Everywhere" includes the other consoles sharing the database: an ending is written there first,
 * and each console applies the endings it reads to the sessions it holds that were opened before.
 */
@Component
public class SignedInSessions implements VaadinServiceInitListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final Map<String, Map<VaadinSession, Instant>> byUser = new ConcurrentHashMap<>();
    private final CurrentCaller callers;
    private final SessionEndings endings;
    private final Clock clock;
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("session-endings").daemon().factory());
    private volatile long lastEnding = -1;

    SignedInSessions(CurrentCaller callers, SessionEndings endings, Clock clock, SecuritySettings settings) {
        this.callers = callers;
        this.endings = endings;
        this.clock = clock;
        long every = settings.sessionSyncInterval().toMillis();
        follower.scheduleWithFixedDelay(this::followOtherConsoles, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> callers.find()
                .filter(caller -> !caller.roles().isEmpty())
                .ifPresent(caller -> byUser.computeIfAbsent(caller.username(), name -> new ConcurrentHashMap<>())
                        .putIfAbsent(init.getUI().getSession(), clock.instant())));
        event.getSource().addSessionDestroyListener(destroyed ->
                byUser.values().forEach(sessions -> sessions.remove(destroyed.getSession())));
    }

    /** Open console sessions of this user on this console. */
    public int count(String username) {
        return Optional.ofNullable(byUser.get(username)).map(Map::size).orElse(0);
    }

    /** Everyone with an open console session on this console. */
    public Set<String> signedIn() {
        return byUser.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Signs the user out of every console session: on this console at once, on the others within
     * {@code vigie.security.session-sync-interval}. Returns how many sessions this console ended.
     */
    public int endAll(String username) {
        return end(endings.endOf(username));
    }

    /** Signs everyone but {@code username} out of every console session, as {@link #endAll} does. */
    public int endAllBut(String username) {
        return end(endings.endOfEveryoneBut(username));
    }

    private int end(Ending ending) {
        int ended = 0;
        for (String username : List.copyOf(byUser.keySet())) {
            if (ending.concerns(username)) {
                ended += end(username, ending.at());
            }
        }
        return ended;
    }

    private int end(String username, Instant openedBefore) {
        Map<VaadinSession, Instant> sessions = byUser.getOrDefault(username, Map.of());
        List<VaadinSession> ended = sessions.entrySet().stream().filter(e -> e.getValue().isBefore(openedBefore))
                .map(Map.Entry::getKey).toList();
        ended.forEach(session -> {
            sessions.remove(session);
            session.access(() -> {
                session.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                session.getUIs().forEach(ui -> ui.getPage().setLocation("login"));
            });
        });
        return ended.size();
    }

    private void followOtherConsoles() {
        try {
            if (lastEnding < 0) {
                lastEnding = endings.last();
                return;
            }
            for (Ending ending : endings.after(lastEnding)) {
                end(ending);
                lastEnding = ending.id();
            }
        } catch (DataAccessException | TransactionException e) {
            log.debug("Sign-outs of other consoles not read, PostgreSQL unavailable: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Sign-outs of other consoles not applied", e);
        }
    }

    @Override
    public void destroy() {
        follower.shutdownNow();
    }
}
