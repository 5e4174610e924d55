package org.vigie.tenant;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A {@code vigie/v1 Tenant} document that does not come from a file (a form, a request body), read
 * with exactly the rules of the tenant files: the tenant it declares, or every problem, field by field.
 */
public final class TenantDocuments {

    private TenantDocuments() {
    }

    /** {@code source} names where the document comes from in the problems it yields. */
    public static Check check(String source, JsonNode document) {
        TenantFileResult result = TenantDocumentReader.read(source, document);
        return new Check(Optional.ofNullable(result.tenant()), result.problems());
    }

    /** The text of a tenant file (YAML), with every check a file in {@code tenants/} goes through. */
    public static Check parse(String file, String text) {
        TenantFileResult result = TenantFileParser.parse(file, text);
        return new Check(Optional.ofNullable(result.tenant()), result.problems());
    }

    /** The tenant, when the document is valid; otherwise the problems (never both). */
    public record Check(Optional<Tenant> tenant, List<CatalogueProblem> problems) {

        public Check {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return tenant.isPresent();
        }
    }
}
