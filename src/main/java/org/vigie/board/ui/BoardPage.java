package org.vigie.board.ui;

import java.util.List;

/**
 * What one board page shows, as {@code <vigie-board-grid>} draws it (board-grid.js): every text already in
 * the page's language. {@code clickable}: a tile opens its tenant's page (people signed in, not wall displays).
 */
record BoardPage(int columns, int rows, boolean clickable, List<Cell> cells) {

    /**
     * A region's first cell ({@code tenant} null) or a tenant's tile ({@code region} null): its name, its colour
     * ({@code status}: GREEN, AMBER, RED, GREY or MAINTENANCE) and the same in words, the words shown when the
     * board has stopped hearing the server ({@code unknown}), the worst reason and its code.
     */
    record Cell(String tenant, String region, String name, String status, String words, String unknown,
            String reason, String code) {
    }
}
