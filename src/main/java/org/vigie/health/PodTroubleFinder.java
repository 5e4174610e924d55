package org.vigie.health;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.vigie.health.ServiceState.PodTroubles;

/** Reads crash loops, OOM kills and recent restarts out of container statuses. */
final class PodTroubleFinder {

    static final Duration RECENT = Duration.ofMinutes(15);

    private PodTroubleFinder() {
    }

    static PodTroubles troubles(List<ContainerStatus> containers, Instant now) {
        int crashLooping = 0;
        int oomKilled = 0;
        int restarted = 0;
        for (ContainerStatus container : containers) {
            ContainerState state = container.getState();
            if (state != null && state.getWaiting() != null
                    && "CrashLoopBackOff".equals(state.getWaiting().getReason())) {
                crashLooping++;
            }
            ContainerStateTerminated last = container.getLastState() == null ? null
                    : container.getLastState().getTerminated();
            if (last != null && isRecent(last.getFinishedAt(), now)) {
                restarted++;
                if ("OOMKilled".equals(last.getReason())) {
                    oomKilled++;
                }
            }
        }
        return crashLooping == 0 && oomKilled == 0 && restarted == 0 ? PodTroubles.NONE
                : new PodTroubles(crashLooping, oomKilled, restarted);
    }

    private static boolean isRecent(String finishedAt, Instant now) {
        if (finishedAt == null) {
            return false;
        }
        try {
            return Instant.parse(finishedAt).isAfter(now.minus(RECENT));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
