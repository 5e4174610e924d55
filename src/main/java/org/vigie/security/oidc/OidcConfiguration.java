package org.vigie.security.oidc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/** The OIDC client, discovered from the issuer at start-up, when an issuer is configured. */
@Configuration
@ConditionalOnExpression("!'${vigie.security.oidc.issuer-uri:}'.isBlank()")
class OidcConfiguration {

    @Bean
    ClientRegistrationRepository oidcClientRegistrations(OidcSettings settings) {
        if (settings.clientId() == null || settings.clientId().isBlank()) {
            throw new IllegalStateException("vigie.security.oidc.issuer-uri is set but vigie.security.oidc.client-id "
                    + "is not: both are needed for single sign-on");
        }
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(OidcSettings.REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope("openid", "profile", "email")
                .userNameAttributeName(settings.usernameClaim())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
