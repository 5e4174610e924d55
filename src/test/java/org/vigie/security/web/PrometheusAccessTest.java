package org.vigie.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class PrometheusAccessTest {

    static boolean allowed(String token, String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        return SecurityConfiguration.prometheusAccess(token).authorize(() -> null,
                new RequestAuthorizationContext(request)).isGranted();
    }

    @Test
    void without_a_configured_token_the_scrape_is_public() {
        assertThat(allowed(null, null)).isTrue();
        assertThat(allowed(" ", null)).isTrue();
    }

    @Test
    void with_a_configured_token_only_that_bearer_token_may_scrape() {
        assertThat(allowed("s3cret-scrape", "Bearer s3cret-scrape")).isTrue();
        assertThat(allowed("s3cret-scrape", null)).isFalse();
        assertThat(allowed("s3cret-scrape", "Bearer guess")).isFalse();
        assertThat(allowed("s3cret-scrape", "Basic czNjcmV0LXNjcmFwZQ==")).isFalse();
    }
}
