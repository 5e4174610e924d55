package org.vigie.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigie.board.BoardLayout;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.Reason;
import org.vigie.health.Status;
import org.vigie.health.TenantState;
import org.vigie.incident.PublicNotices;
import org.vigie.tenant.Regions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tiles of one board page, grouped by region: one element whose content is one JSON property, set only
 * when the page's content changed, drawn and updated in place by board-grid.js. Sixty tiles as sixty
 * components cost every open board a state tree on the server and every change a rewrite of whole tiles in
 * each browser (decision 0036).
 */
@Tag("vigie-board-grid")
final class BoardGrid extends Component {

    /** Defines the element in the page; run once per page, before or after its first property arrives. */
    static final String SCRIPT = script();

    private final JsonMapper json;
    private final boolean clickable;
    private final Map<String, String> words = new HashMap<>();
    private Locale wordsLocale;
    private BoardPage shown;

    /** {@code open}: called with the tenant of a clicked tile, when tiles are {@code clickable}. */
    BoardGrid(JsonMapper json, boolean clickable, Consumer<String> open) {
        this.json = json;
        this.clickable = clickable;
        getElement().getClassList().add("board-grid");
        if (clickable) {
            getElement().addEventListener("board-tile-click", event -> clicked(event.getEventData()
                    .path("event.detail.tenant").asString(""), open)).addEventData("event.detail.tenant");
        }
    }

    /** Only a tenant shown on this page opens: the browser's word is not taken for any other. */
    private void clicked(String tenant, Consumer<String> open) {
        tile(tenant).ifPresent(shownTile -> open.accept(tenant));
    }

    /** True when the page differs from the one last sent (and is sent). */
    boolean show(List<TenantState> onPage, PublicNotices notices, FleetSnapshot snapshot) {
        forgetWordsIfTheLanguageChanged();
        List<BoardPage.Cell> cells = new ArrayList<>();
        String region = null;
        for (TenantState state : onPage) {
            if (!state.tenant().region().equals(region)) {
                region = state.tenant().region();
                cells.add(regionCell(region, snapshot.regionStatus(region)));
            }
            cells.add(tile(state, notices.inMaintenance(state.tenant().name())));
        }
        BoardLayout layout = BoardLayout.forCells(cells.size());
        return show(new BoardPage(layout.columns(), layout.rows(), clickable, List.copyOf(cells)));
    }

    void clear() {
        show(new BoardPage(1, 1, clickable, List.of()));
    }

    private boolean show(BoardPage page) {
        if (page.equals(shown)) {
            return false;
        }
        getElement().setProperty("page", json.writeValueAsString(page));
        shown = page;
        return true;
    }

    Optional<BoardPage.Cell> tile(String tenant) {
        return shown == null ? Optional.empty()
                : shown.cells().stream().filter(cell -> tenant.equals(cell.tenant())).findFirst();
    }

    private BoardPage.Cell regionCell(String region, Status status) {
        return new BoardPage.Cell(null, region, Regions.displayName(region), status.name(), label(status), null, null,
                null);
    }

    /** {@code maintenance}: within a planned window, the tile says MAINTENANCE instead of its colour. */
    private BoardPage.Cell tile(TenantState state, boolean maintenance) {
        Status status = state.status();
        String said = maintenance ? word("incident.board.maintenance")
                : state.inService() ? label(status) : word("lifecycle." + state.tenant().lifecycle().name());
        Optional<Reason> worst = state.health().reasons().stream().findFirst();
        String name = state.tenant().displayName();
        return new BoardPage.Cell(state.tenant().name(), null, name.startsWith("ENT ") ? name.substring(4) : name,
                maintenance ? "MAINTENANCE" : status.name(), said, label(Status.GREY),
                worst.map(reason -> reason.message(getLocale())).orElse(""),
                worst.map(reason -> reason.code().name()).orElse(null));
    }

    private static String script() {
        try (InputStream in = BoardGrid.class.getResourceAsStream("board-grid.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("board-grid.js is missing from the application", e);
        }
    }

    private String label(Status status) {
        return word("status." + status.name());
    }

    /** The same few words on every tile of every page: looked up once per language, not sixty times a snapshot. */
    private String word(String key) {
        return words.computeIfAbsent(key, missing -> getTranslation(missing));
    }

    private void forgetWordsIfTheLanguageChanged() {
        if (!getLocale().equals(wordsLocale)) {
            words.clear();
            wordsLocale = getLocale();
        }
    }
}
