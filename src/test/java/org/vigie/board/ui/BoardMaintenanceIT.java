package org.vigie.board.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.vigie.cluster.ClusterConnections;
import org.vigie.health.FleetSnapshotPublisher;
import org.vigie.health.Status;
import org.vigie.incident.Declaration;
import org.vigie.incident.Incident;
import org.vigie.incident.Incidents;
import org.vigie.incident.MaintenanceWindow;
import org.vigie.incident.UpdateRequest;
import org.vigie.incident.MaintenanceWindows;
import org.vigie.incident.OpenIncidents;
import org.vigie.incident.ui.IncidentProposal;
import org.vigie.tenant.TenantCatalogue;
import org.vigie.testing.Callers;
import org.vigie.testing.DemoFleet;

@org.springframework.boot.test.context.SpringBootTest
@WithUserDetails("operator")
class BoardMaintenanceIT extends SpringBrowserlessTest {

    static final String VICTIM = "val-d-oise-colleges";

    @Autowired
    FleetSnapshotPublisher fleet;

    @Autowired
    ClusterConnections clusters;

    @Autowired
    TenantCatalogue catalogue;

    @Autowired
    MaintenanceWindows maintenance;

    @Autowired
    OpenIncidents incidents;

    @Autowired
    Incidents declarations;

    @AfterEach
    void repair() {
        declarations.list(true).stream().filter(i -> i.tenants().contains(VICTIM)).forEach(i -> declarations.update(
                Callers.operator(), i.id(), new UpdateRequest(null, false, "resolved", null, null)));
        DemoFleet.fault(clusters, catalogue.find(VICTIM).orElseThrow(), "sso", null);
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenant(VICTIM)
                .map(t -> t.status() != Status.RED).orElse(false));
    }

    void awaitTile(BoardView board, String status, String word) {
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            BoardPage.Cell tile = board.grid.tile(VICTIM).orElseThrow();
            assertThat(tile.status()).isEqualTo(status);
            assertThat(tile.words()).isEqualTo(word);
        });
    }

    @Test
    void a_maintenance_window_turns_a_red_tile_into_maintenance_and_back_and_silences_the_proposal() {
        DemoFleet.settled(fleet, VICTIM);
        BoardView board = navigate(BoardView.class);
        DemoFleet.fault(clusters, catalogue.find(VICTIM).orElseThrow(), "sso", "unavailable");
        awaitTile(board, "RED", "INCIDENT");
        IncidentProposal proposal = new IncidentProposal(incidents, Callers.operator());
        proposal.show(fleet.current());
        assertThat(proposal.uncovered()).contains(VICTIM);

        Instant now = Instant.now();
        MaintenanceWindow window = maintenance.plan(Callers.operator(), now.minusSeconds(60).atOffset(ZoneOffset.UTC).toString(),
                now.plusSeconds(3600).atOffset(ZoneOffset.UTC).toString(), List.of(VICTIM), "Mise à jour du SSO");
        awaitTile(board, "MAINTENANCE", "MAINTENANCE");
        proposal.show(fleet.current());
        assertThat(proposal.uncovered()).doesNotContain(VICTIM);

        maintenance.end(Callers.operator(), window.id());
        awaitTile(board, "RED", "INCIDENT");
    }

    @Test
    void the_board_shows_the_latest_public_update_of_an_open_incident_and_never_an_internal_note() {
        DemoFleet.settled(fleet, VICTIM);
        BoardView board = navigate(BoardView.class);
        Incident incident = declarations.declare(Callers.operator(), new Declaration("SSO du Val-d'Oise", "SEV2",
                List.of(VICTIM), List.of(), "", null, null));
        declarations.update(Callers.operator(), incident.id(), UpdateRequest.note("NOTE-INTERNE redémarrage du nœud 3"));
        declarations.update(Callers.operator(), incident.id(),
                new UpdateRequest("La connexion est rétablie pour la plupart des collèges.", true, null, null, null));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            IncidentBanner banner = board.banner;
            assertThat(banner.isVisible()).isTrue();
            assertThat(banner.getElement().getTextRecursively()).contains(incident.reference())
                    .contains("La connexion est rétablie").doesNotContain("NOTE-INTERNE");
        });
        IncidentProposal proposal = new IncidentProposal(incidents, Callers.operator());
        DemoFleet.fault(clusters, catalogue.find(VICTIM).orElseThrow(), "sso", "unavailable");
        await().atMost(Duration.ofSeconds(60)).until(() -> fleet.current().tenant(VICTIM)
                .map(t -> t.status() == Status.RED).orElse(false));
        proposal.show(fleet.current());
        assertThat(proposal.uncovered()).doesNotContain(VICTIM);

        declarations.update(Callers.operator(), incident.id(), new UpdateRequest(null, false, "resolved", null, null));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            assertThat(board.banner.isVisible()).isFalse();
        });
        proposal.show(fleet.current());
        assertThat(proposal.uncovered()).contains(VICTIM);
    }
}
