package org.vigie.board;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One shared second-tick for every open board: it moves their clocks and proves to their browsers
 * that the server is still there (a board that stops hearing it turns grey by itself).
 */
@Component
public class BoardClock implements DisposableBean {

    private final List<Consumer<Instant>> boards = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("board-clock").daemon().factory());

    BoardClock(Clock clock) {
        ticker.scheduleAtFixedRate(() -> {
            Instant now = clock.instant();
            boards.forEach(b -> b.accept(now));
        }, 1, 1, TimeUnit.SECONDS);
    }

    public Runnable subscribe(Consumer<Instant> board) {
        boards.add(board);
        return () -> boards.remove(board);
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }
}
