package org.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Features are modules (the packages under {@code org.vigie}): no cycle between them, no access to
 * another module's internals except through what it declares, and a shell that knows no feature.
 * Writes the module documentation to {@code docs/modules}.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(VigieApplication.class);

    @Test
    void modules_have_no_cycle_and_use_only_each_others_declared_api() {
        MODULES.verify();
    }

    @Test
    void the_shell_depends_on_no_feature() {
        ApplicationModule shell = MODULES.getModuleByName("shell").orElseThrow();
        assertThat(shell.getDirectDependencies(MODULES).uniqueModules().map(module -> module.getIdentifier().toString()))
                .isSubsetOf("platform", "security");
    }

    /**
     * Writes the module map to {@code target/modules}, then copies to {@code docs/modules} only the
     * files whose content changed (the generator orders lines differently from run to run).
     */
    @Test
    void writes_the_module_documentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Path docs = Files.createDirectories(Path.of("docs/modules"));
        try (Stream<Path> generated = Files.list(Path.of("target/modules"))) {
            for (Path file : generated.toList()) {
                Path documented = docs.resolve(file.getFileName());
                if (!Files.exists(documented) || !sortedLines(documented).equals(sortedLines(file))) {
                    Files.copy(file, documented, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(docs.resolve("components.puml")).exists();
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
