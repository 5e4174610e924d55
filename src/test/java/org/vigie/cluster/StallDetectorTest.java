package org.vigie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class StallDetectorTest {

    final StallDetector detector = new StallDetector();

    static Deployment deployment(String name, String version) {
        return new DeploymentBuilder().withNewMetadata().withNamespace("ent").withName(name)
                .withResourceVersion(version).endMetadata().build();
    }

    @Test
    void a_cache_equal_to_the_list_is_neither_suspect_nor_stalled() {
        assertThat(detector.stalled(List.of(deployment("sso", "7")), List.of(deployment("sso", "7")))).isFalse();
        assertThat(detector.suspect()).isFalse();
    }

    @Test
    void a_difference_seen_once_is_suspect_but_may_be_an_event_on_its_way() {
        assertThat(detector.stalled(List.of(deployment("sso", "8")), List.of(deployment("sso", "7")))).isFalse();
        assertThat(detector.suspect()).isTrue();
        assertThat(detector.stalled(List.of(deployment("sso", "8")), List.of(deployment("sso", "8")))).isFalse();
        assertThat(detector.suspect()).isFalse();
    }

    @Test
    void the_same_difference_one_check_later_is_a_stalled_watch() {
        detector.stalled(List.of(deployment("sso", "8")), List.of(deployment("sso", "7")));

        assertThat(detector.stalled(List.of(deployment("sso", "8")), List.of(deployment("sso", "7")))).isTrue();
    }

    @Test
    void an_object_that_keeps_changing_while_its_events_arrive_is_not_a_stall() {
        detector.stalled(List.of(deployment("sso", "8")), List.of(deployment("sso", "7")));

        assertThat(detector.stalled(List.of(deployment("sso", "9")), List.of(deployment("sso", "8")))).isFalse();
    }

    @Test
    void objects_missing_from_either_side_count_as_differences() {
        detector.stalled(List.of(deployment("new", "3")), List.of(deployment("gone", "2")));

        assertThat(detector.stalled(List.of(deployment("new", "3")), List.of(deployment("gone", "2")))).isTrue();
    }
}
