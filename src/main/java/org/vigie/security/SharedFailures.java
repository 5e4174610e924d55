package org.vigie.security;

import java.time.Instant;
import java.util.List;

/** Sign-in failures counted by the other consoles sharing the database, so that a lock holds on all of them. */
public interface SharedFailures {

    /** For a console alone. */
    SharedFailures NONE = new SharedFailures() {
        @Override
        public void record(String key, Instant at) {
        }

        @Override
        public List<Instant> othersSince(String key, Instant since) {
            return List.of();
        }

        @Override
        public void forget(String key) {
        }
    };

    void record(String key, Instant at);

    /** The failures other consoles counted for this key since then, oldest first. */
    List<Instant> othersSince(String key, Instant since);

    void forget(String key);
}
