package io.fabric8.kubernetes.client.server.mock;

import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import java.lang.reflect.Field;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Benchmarks only: opens a watch on the embedded API server that sends the changes made from now on, as a
 * real API server does for a watch from the resource version of a list. The stock one first sends every
 * stored object again (7,750 per cluster), which the console then deserialises a second time.
 * Lives in fabric8's package because the listener class is package-private there.
 */
public final class WatchesFromNow {

    private WatchesFromNow() {
    }

    @SuppressWarnings("unchecked")
    public static MockResponse open(KubernetesCrudDispatcher store, Context context, AttributeSet query) {
        try {
            Field field = KubernetesCrudDispatcher.class.getDeclaredField("watchEventListeners");
            field.setAccessible(true);
            Set<WatchEventsListener> listeners = (Set<WatchEventsListener>) field.get(store);
            WatchEventsListener listener = new WatchEventsListener(context, query, listeners,
                    LoggerFactory.getLogger(WatchesFromNow.class), opened -> { });
            listeners.add(listener);
            return new MockResponse().withWebSocketUpgrade(listener);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("fabric8's mock server changed: " + e, e);
        }
    }
}
