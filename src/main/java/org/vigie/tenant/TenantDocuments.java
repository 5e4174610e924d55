package org.vigie.tenant;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The tenant file rules for a document that did not come from a file (the onboarding form, the
 * REST API): the same checks, the same precise problems, {@code source} naming it in them.
 */
public final class TenantDocuments {

    private TenantDocuments() {
    }

    public static Result read(String source, JsonNode document) {
        TenantFileResult result = TenantDocumentReader.read(source, document);
        return new Result(result.tenant(), result.problems());
    }

    /** The tenant, or (tenant null) every problem found. */
    public record Result(Tenant tenant, List<CatalogueProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }
}
