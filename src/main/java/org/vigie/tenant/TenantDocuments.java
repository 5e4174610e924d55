package org.vigie.tenant;

import java.util.ArrayList;
import java.util.HexFormat;
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
        List<CatalogueProblem> controls = new ArrayList<>();
        findControlCharacters(source, "", document, controls);
        TenantFileResult result = TenantDocumentReader.read(source, document);
        if (!controls.isEmpty()) {
            controls.addAll(result.problems());
            return new Check(Optional.empty(), controls);
        }
        return new Check(Optional.ofNullable(result.tenant()), result.problems());
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
