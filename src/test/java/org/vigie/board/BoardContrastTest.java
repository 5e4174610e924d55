package org.vigie.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vigie.health.Status;

/** Issue #11: every tile colour keeps its text readable from across the room (WCAG 2.1 AA, 4.5:1). */
class BoardContrastTest {

    static final String CSS = "src/main/resources/META-INF/resources/styles.css";
    static final String DEFAULT_TEXT = "#0b0d10";

    @Test
    void the_text_of_every_tile_colour_has_a_contrast_of_at_least_four_and_a_half_to_one() throws IOException {
        String css = Files.readString(Path.of(CSS));
        for (Status status : Status.values()) {
            String name = status.name().toLowerCase(java.util.Locale.ROOT);
            Matcher rule = Pattern.compile("\\.board-tile\\.status-" + name + "\\s*\\{([^}]*)}").matcher(css);
            assertThat(rule.find()).as("a rule for %s tiles", name).isTrue();
            String background = property(rule.group(1), "background").orElseThrow();
            String text = property(rule.group(1), "color").orElse(DEFAULT_TEXT);
            assertThat(contrast(background, text)).as("%s: %s on %s", name, text, background)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    static java.util.Optional<String> property(String block, String property) {
        Matcher value = Pattern.compile("(?<![-\\w])" + property + "\\s*:\\s*(#[0-9a-fA-F]{6})").matcher(block);
        return value.find() ? java.util.Optional.of(value.group(1)) : java.util.Optional.empty();
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
