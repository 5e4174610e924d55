package org.vigie.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Jib configuration in pom.xml, read without building the image: only in the {@code image}
 * profile (./mvnw verify stays fast), a tarball (no Docker engine), non-root with the chart's user,
 * JVM options for containers, and no Vaadin development tools.
 */
class ImageConfigurationTest {

    static final String JIB = "/project/profiles/profile[id='image']/build/plugins/plugin[artifactId='jib-maven-plugin']";
    static Document pom;
    static final XPath XPATH = XPathFactory.newInstance().newXPath();

    @BeforeAll
    static void readPom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    }

    @Test
    void jib_is_in_the_image_profile_only_and_writes_a_tarball() throws Exception {
        assertThat(text("count(/project/build/plugins/plugin[artifactId='jib-maven-plugin'])")).isEqualTo("0");
        assertThat(text("count(/project/profiles/profile[activation])")).isEqualTo("0");
        assertThat(texts(JIB + "/executions/execution/goals/goal")).containsExactly("buildTar");
        assertThat(text(JIB + "/configuration/outputPaths/tar")).endsWith(".tar");
    }

    @Test
    void the_image_runs_as_the_non_root_user_the_chart_declares() throws Exception {
        String[] user = text(JIB + "/configuration/container/user").split(":");
        Map<?, ?> values = YAMLMapper.builder().build().readValue(Files.readString(VigieChart.CHART.resolve("values.yaml")), Map.class);

        assertThat(Integer.parseInt(user[0])).isPositive().isEqualTo(values.get("runAsUser"));
        assertThat(Integer.parseInt(user[1])).isPositive();
    }

    @Test
    void the_jvm_sizes_itself_from_the_container_collects_without_long_pauses_and_writes_only_to_tmp() throws Exception {
        assertThat(texts(JIB + "/configuration/container/jvmFlags/jvmFlag")).contains("-XX:MaxRAMPercentage=75",
                "-XX:+UseZGC", "-XX:+ZGenerational", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp").noneMatch(f -> f.startsWith("-Xmx"));
        assertThat(text(JIB + "/configuration/container/environment/HOME")).isEqualTo("/tmp");
    }

    @Test
    void vaadin_development_tools_are_left_out_of_the_image() throws Exception {
        assertThat(text("/project/profiles/profile[id='image']/dependencies/dependency[artifactId='vaadin-dev']/scope"))
                .isEqualTo("provided");
    }

    private static String text(String expression) throws Exception {
        return ((String) XPATH.evaluate(expression, pom, XPathConstants.STRING)).strip();
    }

    private static List<String> texts(String expression) throws Exception {
        NodeList nodes = (NodeList) XPATH.evaluate(expression, pom, XPathConstants.NODESET);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent().strip());
        }
        return result;
    }
}
