package org.vigie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void french_text_with_accents_emoji_and_non_breaking_spaces_is_printable() {
        for (String text : List.of("Lenteurs à l’authentification — collèges", "Œuvre, ça marche ✅", "10\u00a0h\u202f30",
                "Ma\u0301rie (e + accent combinant)", "😀 sourire")) {
            assertThat(PrintableText.firstUnprintable(text)).as(text).isEqualTo(-1);
        }
    }

    @Test
    void characters_that_draw_nothing_or_mean_nothing_are_refused_even_beyond_the_first_plane() {
        for (String invisible : List.of("\uDB40\uDC41", "\uFFFF", "\uE000", "\uDB80\uDC00", "\u3164", "\u115F", "\u034F",
                "\u2060", "\u00AD", "\u202E", "\u0007", "\uD800", "\u0378")) {
            assertThat(PrintableText.firstUnprintable("titre " + invisible + " fin")).as(invisible.codePoints()
                    .mapToObj(Integer::toHexString).toList().toString()).isEqualTo(6);
        }
    }

    @Test
    void a_text_of_non_breaking_spaces_only_is_blank() {
        assertThat(PrintableText.blank("\u00a0\u00a0")).isTrue();
        assertThat(PrintableText.blank(" \u202f\u2007 ")).isTrue();
        assertThat(PrintableText.blank("")).isTrue();
        assertThat(PrintableText.blank("\u00a0a")).isFalse();
    }
}
