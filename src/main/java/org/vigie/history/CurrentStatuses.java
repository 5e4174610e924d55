package org.vigie.history;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** Since when each tenant has had its current colour: from memory, seeded from the recorded history at start. */
@Service
public class CurrentStatuses {

    private final StatusHistoryRecorder recorder;

    CurrentStatuses(StatusHistoryRecorder recorder) {
        this.recorder = recorder;
    }

    public Optional<StatusSince> of(String tenant) {
        return recorder.current(tenant);
    }
}
