package org.vigie.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TileTest {

    @Test
    void text_written_into_a_tile_cannot_open_a_tag_or_leave_an_attribute() {
        assertThat(Tile.escape("ENT <script>alert('x')</script> \"Côte-d'Or\" & co"))
                .isEqualTo("ENT &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Côte-d&#39;Or&quot; &amp; co");
        assertThat(Tile.escape("😀 Ardèche")).isEqualTo("😀 Ardèche");
    }
}
