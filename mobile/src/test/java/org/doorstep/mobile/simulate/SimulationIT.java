package org.doorstep.mobile.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small simulation against the real server jar: 20 phones on their own encrypted databases record 10
 * visits each and sync every two seconds through a network that loses 20% of the sync requests and
 * answers; every visit must then be on the server exactly once.
 */
class SimulationIT {
    @TempDir
    Path work;

    @Test
    @Timeout(120)
    void twentyPhonesOnALossyNetworkLeaveEveryVisitOnTheServerExactlyOnce() throws Exception {
        String jar = System.getProperty("doorstep.server.jar", Path.of("..", "server", "target", "doorstep-server.jar").toString());
        SimulationOptions options = SimulationOptions.parse(List.of("--devices", "20", "--visits-per-device", "10",
                "--drop-rate", "0.2", "--duration", "12", "--sync-every", "2", "--threads", "8",
                "--work-dir", work.toString(), "--server-jar", jar));
        List<String> progress = new ArrayList<>();

        Figures figures = new Simulation(options, progress::add).run();

        Reconciliation reconciliation = figures.reconciliation();
        assertEquals(200, reconciliation.recorded(), "every phone recorded its ten visits");
        assertEquals(200, reconciliation.onServer(), "the server holds exactly the recorded visits");
        assertEquals(0, reconciliation.lost(), "lost");
        assertEquals(0, reconciliation.duplicated(), "duplicated");
        assertEquals(0, figures.unsent(), "unsent after the drain");
        assertEquals(0, figures.errors(), "errors: " + figures.firstErrors());
        assertTrue(figures.dropped() > 0, "the network lost some requests or answers: " + figures.dropped());
        assertTrue(figures.push().count() >= 20 && figures.pull().count() >= 20,
                "every phone pushed and pulled: " + figures.push().count() + " pushes, " + figures.pull().count() + " pulls");
        assertTrue(figures.clean());
    }
}
