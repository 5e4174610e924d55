package org.vigie.tenant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads one tenant file: exactly one YAML document, no duplicate keys, then {@link TenantDocumentReader}. */
final class TenantFileParser {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private TenantFileParser() {
    }

    static TenantFileResult parse(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return rejected(name, "cannot be read: " + e.getMessage());
        }
        return parse(name, text);
    }

    static TenantFileResult parse(String name, String text) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(text)) {
            if (!documents.hasNext()) {
                return rejected(name, "is empty; expected one vigie/v1 Tenant document");
            }
            JsonNode document = documents.next();
            if (documents.hasNext()) {
                return rejected(name, "holds more than one YAML document; expected exactly one Tenant per file");
            }
            return TenantDocumentReader.read(name, document);
        } catch (JacksonException e) {
            return rejected(name, "is not valid YAML" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        }
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static TenantFileResult rejected(String file, String reason) {
        return TenantFileResult.rejected(java.util.List.of(CatalogueProblem.unreadable(file, reason)));
    }
}
