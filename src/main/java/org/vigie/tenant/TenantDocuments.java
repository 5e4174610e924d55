package org.vigie.tenant;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The tenant file rules for a document that did not come from a file (the onboarding form, the
 * REST API): the same checks, the same precise problems, {@code source} naming it in them.
 */
public final class TenantDocuments {

    private TenantDocuments() {
    }

    public static Result read(String source, JsonNode document) {
        List<CatalogueProblem> controls = new ArrayList<>();
        findControlCharacters(source, "", document, controls);
        TenantFileResult result = TenantDocumentReader.read(source, document);
        if (!controls.isEmpty()) {
            controls.addAll(result.problems());
            return new Result(null, controls);
        }
        return new Result(result.tenant(), result.problems());
    }

    /** The text of a tenant file (YAML), with every check a file in {@code tenants/} goes through. */
    public static Result parse(String file, String text) {
        TenantFileResult result = TenantFileParser.parse(file, text);
        return new Result(result.tenant(), result.problems());
    }

    /** A file with a control character is refused whole ({@link TenantFileText}); a document names the field. */
    private static void findControlCharacters(String source, String path, JsonNode node, List<CatalogueProblem> found) {
        if (node.isString()) {
            String text = node.stringValue();
            for (int i = 0; i < text.length(); i++) {
                if (TenantFileText.isControl(text.charAt(i))) {
                    found.add(new CatalogueProblem(source, path, node.toString(), "text without control characters; "
                            + "U+" + HexFormat.of().withUpperCase().toHexDigits(text.charAt(i)) + " at position " + (i + 1)));
                    return;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findControlCharacters(source, path + "[" + i + "]", node.get(i), found);
            }
        } else if (node.isObject()) {
            for (String name : node.propertyNames()) {
                findControlCharacters(source, path.isEmpty() ? name : path + "." + name, node.get(name), found);
            }
        }
    }

    /** The tenant, or (tenant null) every problem found. */
    public record Result(Tenant tenant, List<CatalogueProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public Optional<Tenant> found() {
            return Optional.ofNullable(tenant);
        }

        public boolean valid() {
            return tenant != null;
        }
    }
}
