package org.vigie.board;

import java.time.Clock;
import java.time.Duration;
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
 * One shared beat for every open board, on the wall clock's multiples of {@link #BEAT} (so a minute
 * starts on a beat): it moves their clocks and proves to their browsers that the server is still there
 * (a board that stops hearing it turns grey by itself). Every beat is a message to every open board and
 * work for its browser: once a second cost a wall display a tenth of a core at rest (decision 0033).
 */
@Component
public class BoardClock implements DisposableBean {

    public static final Duration BEAT = Duration.ofSeconds(5);

    private final List<Consumer<Instant>> boards = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("board-clock").daemon().factory());
    private final Clock clock;

    BoardClock(Clock clock) {
        this.clock = clock;
        scheduleNextBeat();
    }

    public Runnable subscribe(Consumer<Instant> board) {
        boards.add(board);
        return () -> boards.remove(board);
    }

    private void beat() {
        try {
            Instant now = clock.instant();
            boards.forEach(b -> b.accept(now));
        } finally {
            scheduleNextBeat();
        }
    }

    private void scheduleNextBeat() {
        ticker.schedule(this::beat, untilNextBeat(clock.millis()), TimeUnit.MILLISECONDS);
    }

    /** To the next multiple of the beat, skipping one less than a tenth of a beat away (a timer a little early). */
    static long untilNextBeat(long nowMillis) {
        long beat = BEAT.toMillis();
        long slack = beat / 10;
        return beat - (nowMillis + slack) % beat + slack;
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }
}
