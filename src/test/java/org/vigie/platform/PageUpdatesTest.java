package org.vigie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class PageUpdatesTest {

    private final Queue<Runnable> deliveries = new ArrayDeque<>();
    private final List<Integer> shown = new ArrayList<>();
    private final PageUpdates.Newest<Integer> page = new PageUpdates.Newest<>(deliveries::add, shown::add);

    @Test
    void the_publisher_hands_over_and_goes_on_without_running_the_page_update_itself() {
        page.accept(1);

        assertThat(shown).isEmpty();
        assertThat(deliveries).hasSize(1);
        deliveries.poll().run();
        assertThat(shown).containsExactly(1);
    }

    @Test
    void a_page_that_lags_gets_only_the_newest_value_once() {
        page.accept(1);
        page.accept(2);
        page.accept(3);

        assertThat(deliveries).hasSize(1);
        deliveries.poll().run();
        assertThat(shown).containsExactly(3);
    }

    @Test
    void a_value_arriving_after_a_delivery_has_taken_its_value_gets_a_delivery_of_its_own() {
        page.accept(1);
        Runnable first = deliveries.poll();
        first.run();
        page.accept(2);

        assertThat(deliveries).hasSize(1);
        deliveries.poll().run();
        assertThat(shown).containsExactly(1, 2);
    }
}
