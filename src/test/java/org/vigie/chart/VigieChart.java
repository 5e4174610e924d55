package org.vigie.chart;

import com.marcnuri.helm.Helm;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code charts/vigie} rendered with helm-java (no helm binary), as {@code helm template vigie
 * charts/vigie --namespace vigie -f <values>…}; values files come from {@code src/test/resources/chart-values}.
 */
final class VigieChart {

    static final Path CHART = Path.of("charts/vigie");
    static final String NAMESPACE = "vigie";
    /** The chart needs 1.30+ (preStop sleep); helm template assumes 1.20 unless told. */
    static final String KUBERNETES = "v1.31.0";
    private static final Path VALUES = Path.of("src/test/resources/chart-values");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final List<HasMetadata> objects;

    private VigieChart(List<HasMetadata> objects) {
        this.objects = objects;
    }

    /** Renders with these files of {@code src/test/resources/chart-values}, in order (none: the defaults). */
    static VigieChart render(String... valuesFiles) {
        return renderAs("vigie", valuesFiles);
    }

    /** As {@link #render}, for a release of another name. */
    static VigieChart renderAs(String release, String... valuesFiles) {
        List<Path> files = new ArrayList<>();
        for (String file : valuesFiles) {
            files.add(VALUES.resolve(file));
        }
        return new VigieChart(parse(template(release, files)));
    }

    /** Renders with these values over the defaults; a refusal is Helm's IllegalStateException. */
    static VigieChart renderWith(Map<String, ?> values) {
        try {
            Path file = Files.createTempFile("vigie-values", ".yaml");
            try {
                Files.writeString(file, YAML.writeValueAsString(values));
                return new VigieChart(parse(template("vigie", List.of(file))));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String template(String release, List<Path> valuesFiles) {
        var command = new Helm(CHART).template().withName(release).withNamespace(NAMESPACE).withKubeVersion(KUBERNETES);
        valuesFiles.forEach(command::withValuesFile);
        return command.call();
    }

    private static List<HasMetadata> parse(String manifests) {
        Object parsed = SERIALIZATION.unmarshal(manifests);
        return switch (parsed) {
            case KubernetesList list -> List.copyOf(list.getItems());
            case List<?> list -> list.stream().map(HasMetadata.class::cast).toList();
            case HasMetadata object -> List.of(object);
            default -> throw new IllegalStateException("not Kubernetes objects: " + parsed);
        };
    }

    List<HasMetadata> objects() {
        return objects;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = all(type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + ", rendered " + found.size());
        }
        return found.getFirst();
    }

    Optional<GenericKubernetesResource> custom(String kind) {
        return objects.stream().filter(o -> kind.equals(o.getKind())).map(GenericKubernetesResource.class::cast)
                .findFirst();
    }

    List<String> kinds() {
        return objects.stream().map(HasMetadata::getKind).sorted().toList();
    }
}
