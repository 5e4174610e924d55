package org.vigie.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionalTest {

    static final String ETAG = "\"0123456789abcdef\"";

    @Test
    void the_exact_tag_a_list_holding_it_its_weak_form_or_a_star_mean_the_client_holds_it() {
        assertThat(Conditional.alreadyHeld(ETAG, ETAG)).isTrue();
        assertThat(Conditional.alreadyHeld(ETAG, "\"other\", " + ETAG)).isTrue();
        assertThat(Conditional.alreadyHeld(ETAG, "W/" + ETAG)).isTrue();
        assertThat(Conditional.alreadyHeld(ETAG, " * ")).isTrue();
    }

    @Test
    void no_header_another_tag_an_unquoted_tag_or_garbage_get_the_body() {
        assertThat(Conditional.alreadyHeld(ETAG, null)).isFalse();
        assertThat(Conditional.alreadyHeld(ETAG, "\"other\"")).isFalse();
        assertThat(Conditional.alreadyHeld(ETAG, "0123456789abcdef")).isFalse();
        assertThat(Conditional.alreadyHeld(ETAG, ",,, W/, \u0000")).isFalse();
        assertThat(Conditional.alreadyHeld(ETAG, "")).isFalse();
    }
}
