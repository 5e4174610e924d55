package org.vigie;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void writes_the_module_documentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(new java.io.File("docs/modules/components.puml")).exists();
    }
}
