package org.vigie.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A private copy of the chart, extracted from the classpath (the chart ships inside the
 * application) into a fresh temporary directory, deleted on close. Each render or lint gets its
 * own copy, so concurrent calls never see each other's values.
 */
final class ChartDirectory implements AutoCloseable {

    private final Path workDirectory;
    private final Path chart;

    private ChartDirectory(Path workDirectory, String chartName) {
        this.workDirectory = workDirectory;
        this.chart = workDirectory.resolve(chartName);
    }

    static ChartDirectory extract(String chartName) {
        return extract(chartName, ChartDirectory.class.getClassLoader());
    }

    static ChartDirectory extract(String chartName, ClassLoader classLoader) {
        String root = "charts/" + chartName + "/";
        if (!new ClassPathResource(root + "Chart.yaml", classLoader).exists()) {
            throw new IllegalStateException("The chart " + chartName + " is not on the classpath (expected "
                    + root + "Chart.yaml)");
        }
        ChartDirectory directory = null;
        try {
            directory = new ChartDirectory(Files.createTempDirectory("vigie-chart-"), chartName);
            for (Resource resource : new PathMatchingResourcePatternResolver(classLoader).getResources("classpath:" + root + "**")) {
                String url = resource.getURL().toString();
                if (resource.isReadable() && url.contains(root)) {
                    copy(resource, directory.chart.resolve(url.substring(url.lastIndexOf(root) + root.length())));
                }
            }
            return directory;
        } catch (IOException | RuntimeException e) {
            if (directory != null) {
                directory.close();
            }
            throw e instanceof IOException io
                    ? new UncheckedIOException("Cannot extract the chart " + chartName + ": " + io.getMessage(), io)
                    : (RuntimeException) e;
        }
    }

    private static void copy(Resource resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = resource.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    Path chart() {
        return chart;
    }

    /** A file beside the chart, outside it, for values passed with {@code --values}. */
    Path writeBeside(String fileName, String content) {
        try {
            return Files.writeString(workDirectory.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds top-level keys to the chart's own values.yaml (lint reads no other values file). */
    void appendToValues(String yaml) {
        try {
            Path values = chart.resolve("values.yaml");
            Files.writeString(values, Files.readString(values) + "\n" + yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(workDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
