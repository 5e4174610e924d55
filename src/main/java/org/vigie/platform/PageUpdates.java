package org.vigie.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands what a publisher produces (a snapshot, a beat) to an open page without making the publisher wait: the
 * page is updated on a thread of a small shared pool, under its own session's lock, and a page that lags
 * behind gets only the newest value. Updated one after the other on the publisher's thread, fifty wall boards
 * took 1.6 s to all show one change (decision 0033).
 */
public final class PageUpdates {

    private static final ExecutorService UPDATERS = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("page-update-", 0).daemon().factory());

    private PageUpdates() {
    }

    /** What to subscribe on behalf of {@code ui}: each value is shown by {@code show}, in the page's session. */
    public static <T> Consumer<T> newest(UI ui, Consumer<T> show) {
        return new Newest<>(update -> UPDATERS.execute(() -> accessIfAttached(ui, update)), show);
    }

    private static void accessIfAttached(UI ui, Runnable update) {
        try {
            ui.access(update::run);
        } catch (UIDetachedException closed) {
            // The page was closed while its update waited: nobody is left to show it to.
        }
    }

    /** Keeps the newest value not yet shown; one delivery is on its way at a time. */
    static final class Newest<T> implements Consumer<T> {

        private final AtomicReference<T> pending = new AtomicReference<>();
        private final Executor delivery;
        private final Consumer<T> show;

        Newest(Executor delivery, Consumer<T> show) {
            this.delivery = delivery;
            this.show = show;
        }

        @Override
        public void accept(T value) {
            if (pending.getAndSet(value) == null) {
                delivery.execute(() -> {
                    T newest = pending.getAndSet(null);
                    if (newest != null) {
                        show.accept(newest);
                    }
                });
            }
        }
    }
}
