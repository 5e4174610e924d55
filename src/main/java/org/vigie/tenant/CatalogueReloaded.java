package org.vigie.tenant;

/** Published once the catalogue was re-read from the tenant files, so that readers re-evaluate the fleet. */
public record CatalogueReloaded(CatalogueLoadReport report) {
}
