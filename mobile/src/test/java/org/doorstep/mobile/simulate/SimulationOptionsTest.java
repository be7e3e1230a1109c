package org.doorstep.mobile.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationOptionsTest {
    @Test
    void theDefaultsAreOneSqliteServerNoFaultsAndSixtySeconds() {
        SimulationOptions options = SimulationOptions.parse(List.of("--devices", "3", "--visits-per-device", "2"));
        assertEquals(3, options.devices());
        assertEquals(2, options.visitsPerDevice());
        assertNull(options.server());
        assertEquals("sqlite", options.database());
        assertEquals(1, options.instances());
        assertEquals(0, options.dropRate());
        assertEquals(Duration.ofSeconds(60), options.duration());
        assertNull(options.syncEvery());
    }

    @Test
    void postgresqlStartsTwoInstancesSharingTheDatabase() {
        SimulationOptions options = SimulationOptions.parse(List.of("--devices", "3", "--visits-per-device", "2",
                "--database", "postgresql", "--drop-rate", "0.1", "--drop", "answers", "--sync-every", "5"));
        assertEquals(2, options.instances());
        assertEquals(0.1, options.dropRate());
        assertTrue(options.answersOnly());
        assertEquals(Duration.ofSeconds(5), options.syncEvery());
    }

    @Test
    void aRunningServerIsNamedByUrl() {
        SimulationOptions options = SimulationOptions.parse(List.of("--devices", "1", "--visits-per-device", "1",
                "--server", "http://127.0.0.1:8080"));
        assertEquals(URI.create("http://127.0.0.1:8080"), options.server());
    }

    @Test
    void everyBadInputIsRefusedWithAClearMessage() {
        assertEquals("--devices and --visits-per-device are required", refused("--devices", "3"));
        assertEquals("--devices must be a whole number, was 'many'", refused("--devices", "many", "--visits-per-device", "1"));
        assertEquals("--devices must be 1 to 100000, was 0", refused("--devices", "0", "--visits-per-device", "1"));
        assertEquals("--drop-rate must be 0 to 0.95, was 1.5",
                refused("--devices", "1", "--visits-per-device", "1", "--drop-rate", "1.5"));
        assertEquals("--server must be an http(s) URL such as http://127.0.0.1:8080, was ftp://x",
                refused("--devices", "1", "--visits-per-device", "1", "--server", "ftp://x"));
        assertEquals("several instances share a PostgreSQL database: add --database postgresql",
                refused("--devices", "1", "--visits-per-device", "1", "--instances", "2"));
        assertEquals("--database is sqlite or postgresql, not 'mysql'",
                refused("--devices", "1", "--visits-per-device", "1", "--database", "mysql"));
        assertEquals("unknown option --speed", refused("--devices", "1", "--visits-per-device", "1", "--speed", "9"));
        assertEquals("--duration needs a value", refused("--devices", "1", "--visits-per-device", "1", "--duration"));
    }

    private static String refused(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> SimulationOptions.parse(List.of(args))).getMessage();
    }
}
