package org.vigie.history;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/** Transitions seen but not yet in PostgreSQL, written in batches; kept in order while it is away. */
final class PendingTransitions {

    private static final Logger log = LoggerFactory.getLogger(PendingTransitions.class);
    static final int MAX = 100_000;

    private final LinkedBlockingDeque<StatusTransition> pending = new LinkedBlockingDeque<>(MAX);
    private final StatusHistoryRepository repository;
    private final Consumer<StatusTransition> written;

    PendingTransitions(StatusHistoryRepository repository, Consumer<StatusTransition> written) {
        this.repository = repository;
        this.written = written;
    }

    /** False when {@link #MAX} transitions already wait: this one is dropped. */
    boolean add(StatusTransition transition) {
        return pending.offerLast(transition);
    }

    int size() {
        return pending.size();
    }

    /** Writes one batch; false when PostgreSQL refused it (the batch is kept, in order, for later). */
    boolean write() {
        List<StatusTransition> batch = new ArrayList<>();
        pending.drainTo(batch, 1000);
        if (batch.isEmpty()) {
            return true;
        }
        try {
            repository.append(batch).forEach(written);
            return true;
        } catch (DataAccessException | TransactionException e) {
            for (int i = batch.size() - 1; i >= 0; i--) {
                pending.offerFirst(batch.get(i));
            }
            log.warn("Status history: PostgreSQL unavailable, {} transition(s) kept for later: {}", pending.size(),
                    e.getMessage());
            return false;
        }
    }

    /**
     * Writes what is pending and stops at the first refusal: at shutdown with PostgreSQL away, one
     * attempt, never a wait that would hold the console's stop until Kubernetes kills it.
     */
    void flush() {
        boolean accepted = true;
        while (accepted && size() > 0) {
            accepted = write();
        }
    }
}
