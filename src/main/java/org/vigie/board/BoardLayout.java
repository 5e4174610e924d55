package org.vigie.board;

/**
 * How many columns and rows a board page needs for {@code cells} tiles on a 16:9 screen, and how
 * many tenants fit on one page before the board rotates through pages.
 */
public record BoardLayout(int columns, int rows) {

    public static final int TENANTS_PER_PAGE = 60;

    public static BoardLayout forCells(int cells) {
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(cells * 1.8)));
        int rows = Math.max(1, (int) Math.ceil((double) cells / columns));
        return new BoardLayout(columns, rows);
    }

    public static int pages(int tenants) {
        return Math.max(1, (tenants + TENANTS_PER_PAGE - 1) / TENANTS_PER_PAGE);
    }
}
