package org.vigie.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.tenant.TenantFileParserTest.ANCHORS_RULE;
import static org.vigie.tenant.TenantFileParserTest.VALID;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tenant files written to trick or crash the reader are refused whole, each problem with its line and column. */
class HostileTenantFileTest {

    @TempDir
    Path dir;

    @Test
    void a_file_that_is_not_utf8_names_the_line_column_and_byte() throws IOException {
        String text = VALID.replace("ENT Test — collèges", "ENT Test colleges");
        String line7 = text.lines().toList().get(6);
        Path file = write(text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(messages(TenantFileParser.parse(file))).containsExactly("test.yaml: line 7, column "
                + (line7.indexOf('é') + 1) + ": not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void a_utf16_file_is_refused_as_not_utf8() throws IOException {
        Path file = write(VALID.getBytes(StandardCharsets.UTF_16));

        assertThat(messages(TenantFileParser.parse(file)))
                .containsExactly("test.yaml: line 1, column 1: not valid UTF-8 (byte 0xFE); save the file as UTF-8");
    }

    @Test
    void a_utf8_byte_order_mark_and_windows_line_ends_are_accepted() throws IOException {
        Path file = write(("\uFEFF" + VALID.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));

        TenantFileResult result = TenantFileParser.parse(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.tenant().displayName()).isEqualTo("ENT Test — collèges");
    }

    @Test
    void a_file_larger_than_one_mebibyte_is_refused_without_being_read() throws IOException {
        String padding = ("# " + "x".repeat(1021) + "\n").repeat(1025);
        Path file = write((VALID + padding).getBytes(StandardCharsets.UTF_8));

        assertThat(messages(TenantFileParser.parse(file))).containsExactly(
                "test.yaml: is larger than 1 MiB; a tenant file declares one tenant in a few KiB");
    }

    @Test
    void a_tag_is_refused_even_one_naming_a_java_class() {
        assertThat(messages(VALID.replace("  namespace: ent-test-colleges", "  namespace: !!java.lang.Runtime ent-test")))
                .containsExactly("test.yaml: line 12, column 14: tag \"!!java.lang.Runtime\" is not allowed: "
                        + "YAML tags are not allowed in tenant files; write the plain value");
    }

    @Test
    void a_merge_key_is_refused_as_an_alias() {
        assertThat(messages(VALID.replace("  capacity: {sessionsPerReplica: 600}", "  capacity: {<<: *c}")))
                .containsExactly("test.yaml: line 15, column 18: alias \"*c\" is not allowed: " + ANCHORS_RULE);
    }

    @Test
    void a_billion_laughs_file_is_refused_at_its_first_anchor() {
        StringBuilder laughs = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            laughs.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ", ").repeat(8))
                    .append('*').append((char) (c - 1)).append("]\n");
        }

        assertThat(messages(laughs.toString())).hasSize(10)
                .startsWith("test.yaml: line 1, column 4: anchor \"&a\" is not allowed: " + ANCHORS_RULE);
    }

    @Test
    void a_key_written_twice_names_the_key_and_the_line_of_the_second() {
        assertThat(messages(VALID + "spec: {}\n")).containsExactly(
                "test.yaml: line 21, column 1: key \"spec\" appears twice in the same mapping; write each key once");
    }

    @Test
    void a_deeply_nested_document_is_refused_at_the_line_where_it_goes_too_deep() {
        String deep = VALID.replace("  cluster: plaque-test", "  cluster: " + "[".repeat(5000) + "]".repeat(5000));

        assertThat(messages(deep)).containsExactly(
                "test.yaml: line 11, column 20: nested more than 10 levels deep; a tenant file needs at most 5");
    }

    @Test
    void a_control_character_is_refused_with_its_line_and_column() {
        assertThat(messages(VALID.replace("ENT Test", "ENT\u0007Test"))).containsExactly(
                "test.yaml: line 6, column 20: control character U+0007 is not allowed; remove it");
    }

    @Test
    void a_syntax_error_is_one_line_naming_where_the_problem_is() {
        assertThat(messages(VALID.replace("  region: test-region", "\tregion: test-region"))).containsExactly(
                "test.yaml: line 8, column 1: not valid YAML: found character 'TAB' that cannot start any token. "
                        + "(Do not use TAB for indentation) (while scanning for the next token)");
    }

    @Test
    void a_value_too_long_for_any_field_names_its_line() {
        assertThat(messages(VALID.replace("students: 1000", "students: " + "9".repeat(1500)))).containsExactly(
                "test.yaml: line 14, column 26: a value of 1500 characters; no field of a tenant file needs more than 1000");
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("test.yaml"), bytes);
    }

    private static List<String> messages(String text) {
        return messages(TenantFileParser.parse("test.yaml", text));
    }

    private static List<String> messages(TenantFileResult result) {
        assertThat(result.isLoaded()).isFalse();
        return result.problems().stream().map(CatalogueProblem::message).toList();
    }
}
