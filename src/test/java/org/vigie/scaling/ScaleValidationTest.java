package org.vigie.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.scaling.ScaleResult.Kind;
import org.vigie.tenant.ServiceSpec;
import org.vigie.tenant.ServiceSpec.Priority;
import org.vigie.testing.Callers;

class ScaleValidationTest {

    static final ServiceSpec SSO = new ServiceSpec("sso", Priority.CRITICAL, 2, 12, "500m", "1Gi", false);

    static ScaleRequest request(Integer replicas, String reason, String incident, String confirm, Integer hpaMax) {
        return new ScaleRequest(Callers.operator(), "t", "sso", replicas, null, reason, incident, null, confirm, hpaMax);
    }

    static Optional<ScaleResult> check(ScaleRequest request) {
        return ScaleValidation.check(request, SSO);
    }

    @Test
    void a_request_within_bounds_with_a_reason_passes() {
        assertThat(check(request(6, "login storm", "INC-1", null, null))).isEmpty();
    }

    @Test
    void replicas_and_reason_are_required_and_say_what_is_expected() {
        assertThat(check(request(null, "x", null, null, null))).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(Kind.INVALID);
            assertThat(r.message()).isEqualTo("field 'replicas' is required: a whole number from 0 to 12");
        });
        assertThat(check(request(3, "  ", null, null, null)).orElseThrow().message()).startsWith("field 'reason' is required");
    }

    @Test
    void texts_too_long_or_with_control_characters_are_refused_naming_the_field() {
        assertThat(check(request(3, "x".repeat(ScaleValidation.MAX_REASON + 1), null, null, null)).orElseThrow()
                .message()).isEqualTo("field 'reason' is 501 characters long; at most 500");
        assertThat(check(request(3, "x", "i".repeat(201), null, null)).orElseThrow().message())
                .isEqualTo("field 'incident' is 201 characters long; at most 200");
        assertThat(check(request(3, "a\u0007b", null, null, null)).orElseThrow().message())
                .startsWith("field 'reason' contains a control character (U+0007) at position 2");
        assertThat(check(request(3, "ok", "INC\u0085", null, null)).orElseThrow().message())
                .startsWith("field 'incident' contains a control character (U+0085) at position 4");
        for (String invisible : new String[] {"\u2028", "\u202E", "\uFEFF", "\uD800", "\uFFFD", "\u200B"}) {
            assertThat(check(request(3, "a" + invisible + "b", null, null, null))).as("U+%04X", (int) invisible.charAt(0))
                    .hasValueSatisfying(r -> assertThat(r.message()).contains("at position 2"));
        }
        assertThat(check(request(3, "Crise à Lyon \uD83D\uDE80 ✔", null, null, null))).isEmpty();
    }

    @Test
    void counts_outside_zero_and_the_catalogue_maximum_are_out_of_bounds() {
        assertThat(check(request(-1, "x", null, null, null))).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(Kind.OUT_OF_BOUNDS);
            assertThat(r.message()).isEqualTo("replicas -1 is below 0");
        });
        assertThat(check(request(13, "x", null, null, null)).orElseThrow().message())
                .isEqualTo("sso: 13 replicas is above the maximum of 12 in the tenant's catalogue entry");
    }

    @Test
    void an_hpa_maximum_must_lie_between_the_new_minimum_and_the_catalogue_maximum() {
        assertThat(check(request(4, "x", null, null, 3)).orElseThrow().kind()).isEqualTo(Kind.OUT_OF_BOUNDS);
        assertThat(check(request(4, "x", null, null, 13)).orElseThrow().message())
                .isEqualTo("sso: an HPA maximum of 13 must lie between the new minimum 4 and the catalogue's maximum 12");
        assertThat(check(request(4, "x", null, null, 12))).isEmpty();
    }

    @Test
    void a_critical_service_goes_to_zero_only_with_its_name_repeated() {
        assertThat(check(request(0, "x", null, null, null))).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(Kind.NEEDS_CONFIRMATION);
            assertThat(r.message()).isEqualTo("sso is critical: to scale it to 0, repeat its name in field 'confirm'");
        });
        assertThat(check(request(0, "x", null, "SSO", null))).isPresent();
        assertThat(check(request(0, "x", null, "sso", null))).isEmpty();
    }
}
