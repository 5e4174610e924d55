package org.vigie.board.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vigie.board.BoardClock;
import org.vigie.board.BoardLayout;
import org.vigie.health.FleetSnapshot;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.TenantState;
import org.vigie.incident.OpenIncidents;
import org.vigie.incident.PublicNotices;
import org.vigie.platform.DatabaseAvailability;
import org.vigie.platform.DatabaseBanner;
import org.vigie.platform.DisplayTime;
import org.vigie.platform.PageUpdates;
import org.vigie.surge.ActiveSurgePlans;
import org.vigie.tenant.Regions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wall display: full screen, dark, one tile per tenant grouped by region, pushed within a
 * second of a change. {@code ?region=<region>} shows one region. Over 60 tenants, pages rotate.
 * Open to anyone signed in, and to a wall display through its token (read-only, its region if bound).
 */
@Menu(title = "menu.board", order = 40)
@Route(value = "board", autoLayout = false)
@PermitAll
class BoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int ROTATE_EVERY_SECONDS = 20;
    static final long BEATS_PER_PAGE = ROTATE_EVERY_SECONDS / BoardClock.BEAT.toSeconds();
    /** Two beats missed, and some slack for a busy server. */
    static final long SILENCE_BEFORE_GREY_MILLIS = BoardClock.BEAT.toMillis() * 2 + 2_000;

    private final FleetSnapshotPublisher fleet;
    private final BoardClock clock;
    private final Span scope = new Span();
    private final Span time = new Span();
    private final Span updated = new Span();
    private final Span pageIndicator = new Span();
    final BoardGrid grid;
    private final Div message = new Div();
    private String region;
    private Integer pinnedPage;
    private int page;
    private long beats;
    private FleetSnapshot snapshot;
    private final List<Runnable> subscriptions = new ArrayList<>();
    private final DisplayAccess access;
    private final OpenIncidents incidents;
    final IncidentBanner banner;
    private String noticesShown = "";
    private final ActiveSurgePlans surgePlans;
    final SurgeBanner surgeBanner = new SurgeBanner();

    BoardView(FleetSnapshotPublisher fleet, BoardClock clock, DisplayAccess access, DatabaseAvailability database,
            OpenIncidents incidents, ActiveSurgePlans surgePlans, JsonMapper json) {
        this.surgePlans = surgePlans;
        this.fleet = fleet;
        this.incidents = incidents;
        this.banner = new IncidentBanner();
        this.clock = clock;
        this.access = access;
        this.grid = new BoardGrid(json, access.person(),
                tenant -> getUI().ifPresent(ui -> ui.navigate("tenants/" + tenant)));
        addClassName("board");
        setId("board");
        Div header = new Div(new H1(getTranslation("board.title")), scope, pageIndicator, updated, time);
        header.addClassName("board-header");
        scope.addClassName("board-scope");
        time.addClassName("board-clock");
        time.setId("board-clock");
        updated.addClassName("board-updated");
        updated.setId("board-updated");
        message.addClassName("board-message");
        Div staleBanner = new Div(new Span(getTranslation("board.stale")));
        staleBanner.addClassName("board-stale-banner");
        add(header, new DatabaseBanner(database, getTranslation("board.databaseDown")), banner, surgeBanner, message,
                grid, staleBanner);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        region = access.boundRegion().orElse(parameters.getSingleParameter("region").orElse(null));
        pinnedPage = parameters.getSingleParameter("page").map(BoardView::pageNumber).orElse(null);
    }

    /** {@code ?page=N} pins page N (from 1) instead of rotating; anything else is reported. */
    private static Integer pageNumber(String text) {
        return text.matches("[1-9]\\d{0,3}") ? Integer.parseInt(text) : -1;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.getElement().executeJs("document.documentElement.setAttribute('theme', 'dark')");
        ui.getPage().executeJs(BoardGrid.SCRIPT);
        getElement().executeJs("""
                const board = this;
                let last = Date.now();
                new MutationObserver(() => {
                    last = Date.now();
                    if (board.classList.contains('board-stale')) { board.classList.remove('board-stale'); }
                }).observe(board, {attributes: true, attributeFilter: ['data-beat']});
                setInterval(() => board.classList.toggle('board-stale', Date.now() - last > $0), 1000);
                """, SILENCE_BEFORE_GREY_MILLIS);
        subscriptions.add(fleet.subscribe(PageUpdates.newest(ui, this::show)));
        subscriptions.add(clock.subscribe(PageUpdates.newest(ui, this::tick)));
        show(fleet.current());
        tick(Instant.now());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
    }

    private void tick(Instant now) {
        if (!access.stillAllowed(now)) {
            access.leave(getUI().orElseThrow());
            return;
        }
        String clockText = DisplayTime.hourAndMinute(now);
        if (!clockText.equals(time.getText())) {
            time.setText(clockText);
        }
        surgeBanner.show(surgePlans.names());
        if (snapshot != null) {
            showDataTime();
        }
        getElement().setAttribute("data-beat", String.valueOf(++beats));
        if (pinnedPage == null && beats % BEATS_PER_PAGE == 0 && snapshot != null
                && BoardLayout.pages(visibleTenants(snapshot).size()) > 1) {
            page++;
            show(snapshot);
        } else if (snapshot != null && !incidents.current().version().equals(noticesShown)) {
            show(snapshot);
        }
    }

    void show(FleetSnapshot next) {
        snapshot = next;
        List<TenantState> visible = visibleTenants(next);
        if (region != null && visible.isEmpty()) {
            Set<String> known = new TreeSet<>(next.byRegion().keySet());
            showOnly(getTranslation("board.unknownRegion", region, String.join(", ", known)));
            return;
        }
        message.setText("");
        scope.setText(region == null ? getTranslation("board.allRegions") : Regions.displayName(region));
        int pages = BoardLayout.pages(visible.size());
        if (pinnedPage != null && (pinnedPage < 1 || pinnedPage > pages)) {
            showOnly(getTranslation("board.unknownPage", pages, visible.size(), BoardLayout.TENANTS_PER_PAGE));
            return;
        }
        page = pinnedPage != null ? pinnedPage - 1 : page % pages;
        pageIndicator.setText(pages > 1 ? getTranslation("board.page", page + 1, pages) : "");
        List<TenantState> onPage = visible.subList(page * BoardLayout.TENANTS_PER_PAGE,
                Math.min(visible.size(), (page + 1) * BoardLayout.TENANTS_PER_PAGE));
        PublicNotices notices = incidents.current();
        noticesShown = notices.version();
        banner.show(notices.publishedFor(visible.stream().map(t -> t.tenant().name()).toList()));
        if (grid.show(onPage, notices, next)) {
            showDataTime();
        }
    }

    /**
     * The time of the data shown moves with each beat and with each change of the tiles, not with every snapshot:
     * snapshots come several times a second, and each new second would be a message to every board.
     */
    private void showDataTime() {
        String text = getTranslation("board.dataOf", DisplayTime.time(snapshot.generatedAt()));
        if (!text.equals(updated.getText())) {
            updated.setText(text);
        }
    }

    private void showOnly(String text) {
        message.setText(text);
        grid.clear();
    }

    private List<TenantState> visibleTenants(FleetSnapshot snapshot) {
        return snapshot.boardOrder(region);
    }
}
