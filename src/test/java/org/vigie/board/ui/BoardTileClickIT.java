package org.vigie.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.testing.DemoFleet;
import tools.jackson.databind.json.JsonMapper;

/** A tile's click comes from the browser: only a tenant shown on the page opens, whatever the page sends. */
@org.springframework.boot.test.context.SpringBootTest
@WithUserDetails("viewer")
class BoardTileClickIT extends SpringBrowserlessTest {

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    JsonMapper json;

    @Test
    void a_click_opens_the_tenant_of_a_tile_shown_and_nothing_else() {
        DemoFleet.settled(fleet, "isere-colleges");
        BoardView board = navigate(BoardView.class);
        String shown = board.grid.tile("isere-colleges").orElseThrow().tenant();

        for (String hostile : new String[] {"../admin/users", "unknown-colleges", "", "isere-colleges/../../admin"}) {
            click(board, hostile);
            assertThat(UI.getCurrent().getActiveViewLocation().getPath()).as(hostile).isEqualTo("board");
        }
        click(board, shown);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("tenants/isere-colleges");
    }

    private void click(BoardView board, String tenant) {
        board.grid.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(
                board.grid.getElement(), "board-tile-click", json.createObjectNode().put("event.detail.tenant", tenant)));
    }
}
