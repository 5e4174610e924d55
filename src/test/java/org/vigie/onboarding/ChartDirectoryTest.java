package org.vigie.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart ships inside the application and is extracted to a private directory for each use. */
class ChartDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void the_chart_is_extracted_whole_from_a_jar_and_deleted_on_close() throws IOException {
        Path jar = jarOfTheChart();
        Path extracted;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ChartDirectory directory = ChartDirectory.extract(TenantChart.NAME, loader)) {
            extracted = directory.chart();
            assertThat(relativeFiles(extracted)).containsExactlyInAnyOrderElementsOf(relativeFiles(source()));
            assertThat(extracted.resolve("templates/deployments.yaml")).hasSameTextualContentAs(
                    source().resolve("templates/deployments.yaml"));
        }
        assertThat(extracted.getParent()).doesNotExist();
    }

    @Test
    void a_chart_missing_from_the_classpath_is_reported_by_name() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> ChartDirectory.extract("no-such-chart", empty))
                    .hasMessageContaining("no-such-chart is not on the classpath");
        }
    }

    private Path jarOfTheChart() throws IOException {
        Path jar = temp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folder : List.of("charts/", "charts/ent-tenant/", "charts/ent-tenant/templates/")) {
                out.putNextEntry(new JarEntry(folder)); // as the application's jar has them
                out.closeEntry();
            }
            for (String file : relativeFiles(source())) {
                out.putNextEntry(new JarEntry("charts/ent-tenant/" + file));
                out.write(Files.readAllBytes(source().resolve(file)));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path source() {
        return Path.of("charts", TenantChart.NAME);
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
        }
    }
}
