package org.vigie.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoardLayoutTest {

    @Test
    void every_tile_has_a_cell_and_the_grid_is_wider_than_tall_for_a_screen() {
        for (int cells = 1; cells <= 200; cells++) {
            BoardLayout layout = BoardLayout.forCells(cells);
            assertThat(layout.columns() * layout.rows()).as("%d cells", cells).isGreaterThanOrEqualTo(cells);
            assertThat(layout.columns()).as("%d cells", cells).isGreaterThanOrEqualTo(layout.rows());
        }
        assertThat(BoardLayout.forCells(0)).isEqualTo(new BoardLayout(1, 1));
        assertThat(BoardLayout.forCells(1)).isEqualTo(new BoardLayout(2, 1));
    }

    @Test
    void sixty_tenants_fit_one_page_and_the_sixty_first_opens_a_second() {
        assertThat(BoardLayout.pages(0)).isEqualTo(1);
        assertThat(BoardLayout.pages(60)).isEqualTo(1);
        assertThat(BoardLayout.pages(61)).isEqualTo(2);
        assertThat(BoardLayout.pages(120)).isEqualTo(2);
        assertThat(BoardLayout.pages(121)).isEqualTo(3);
    }
}
