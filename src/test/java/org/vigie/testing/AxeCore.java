package org.vigie.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core, the accessibility rule engine, run in a Playwright page with the WCAG 2.1 A and AA
 * rules (the basis of the French RGAA). The build installs it with npm (pom.xml, install-axe-core).
 */
public final class AxeCore {

    public static final Path SCRIPT = Path.of("target/axe-core/node_modules/axe-core/axe.min.js");
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** One rule broken, where. */
    public record Violation(String id, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + "\n      at " + String.join("\n      at ", targets);
        }
    }

    private AxeCore() {
    }

    /** Runs every WCAG 2.1 A/AA rule on the page as it is now, and returns what they find. */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
                    .then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' > ') + '  ' + n.failureSummary.replace(/\\n/g, ' '))})))
                """, WCAG_21_AA);
        return found.stream().map(v -> new Violation((String) v.get("id"), (String) v.get("impact"),
                (String) v.get("help"), (List<String>) v.get("targets"))).toList();
    }

    /** Fails, listing every violation (rule, impact, elements), unless the page has none. */
    public static void assertNoViolations(Page page, String what) {
        List<Violation> violations = violations(page);
        assertThat(violations).as(() -> what + " breaks WCAG 2.1 AA rules:\n  "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "))).isEmpty();
    }

    private static String script() {
        try {
            return Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException(SCRIPT + " is missing: the build installs it (./mvnw generate-test-resources)", e);
        }
    }
}
