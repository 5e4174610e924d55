package org.vigie.tenant;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code vigie.tenants.dir}: the directory of tenant YAML files loaded into the catalogue at start-up. */
@Validated
@ConfigurationProperties("vigie.tenants")
public record TenantProperties(@NotNull @DefaultValue("tenants") Path dir) {
}
