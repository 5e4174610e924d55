package org.vigie.tenant;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one tenant file: UTF-8 text ({@link TenantFileText}), plain YAML holding exactly one
 * document ({@link PlainYamlCheck}), then its fields ({@link TenantDocumentReader}).
 */
final class TenantFileParser {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private TenantFileParser() {
    }

    static TenantFileResult parse(Path file) {
        String name = file.getFileName().toString();
        try {
            return parse(name, TenantFileText.read(file));
        } catch (RefusedTenantFile e) {
            return rejected(name, e.reasons());
        } catch (IOException e) {
            return rejected(name, List.of("cannot be read: " + e.getMessage()));
        }
    }

    static TenantFileResult parse(String name, String text) {
        try {
            TenantFileText.checkCharacters(text);
            checkPlainYaml(text);
            return read(name, text);
        } catch (RefusedTenantFile e) {
            return rejected(name, e.reasons());
        }
    }

    private static void checkPlainYaml(String text) throws RefusedTenantFile {
        List<String> problems;
        try {
            problems = PlainYamlCheck.problems(text);
        } catch (MarkedYamlEngineException e) {
            throw new RefusedTenantFile(notValidYaml(e));
        } catch (YamlEngineException e) {
            throw new RefusedTenantFile("not valid YAML: " + oneLine(e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new RefusedTenantFile(problems);
        }
    }

    private static TenantFileResult read(String name, String text) throws RefusedTenantFile {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(text)) {
            if (!documents.hasNext()) {
                throw new RefusedTenantFile("is empty; expected one vigie/v1 Tenant document");
            }
            return TenantDocumentReader.read(name, documents.next());
        } catch (JacksonException e) {
            throw new RefusedTenantFile(notValidYaml(e));
        }
    }

    /** One line: where the YAML goes wrong (not where the parser gave up), what is wrong, and in what. */
    private static String notValidYaml(MarkedYamlEngineException e) {
        String context = e.getContext() == null ? ""
                : " (" + e.getContext() + e.getContextMark().map(m -> " at " + PlainYamlCheck.position(m)).orElse("") + ")";
        String where = e.getProblemMark().map(m -> PlainYamlCheck.position(m) + ": ").orElse("");
        return where + "not valid YAML: " + oneLine(e.getProblem()) + context;
    }

    /** What the structure check lets through and Jackson still refuses (e.g. a mapping used as a key). */
    private static String notValidYaml(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 1 ? "" : TextPosition.of(location) + ": ";
        return where + "not valid YAML: " + oneLine(e.getOriginalMessage());
    }

    private static String oneLine(String message) {
        return message.replace("\\t(TAB)", "TAB").replaceAll("\\s+", " ").strip();
    }

    private static TenantFileResult rejected(String file, List<String> reasons) {
        return TenantFileResult.rejected(reasons.stream().map(reason -> CatalogueProblem.unreadable(file, reason)).toList());
    }
}
