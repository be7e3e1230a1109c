package org.doorstep.server.auth;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Production mode refuses the shipped token secret and short ones; a proper secret starts. */
class ProductionSecretTest {

    @Test
    void productionRefusesTheDevelopmentSecret() throws Exception {
        Throwable failure = assertThrows(Throwable.class, () -> start(Map.of("doorstep.mode", "production")).close());
        assertTrue(messages(failure).contains("REFUSING TO START"), messages(failure));
        assertTrue(messages(failure).contains("DOORSTEP_JWT_SECRET"));
    }

    @Test
    void productionRefusesAShortSecret() {
        Throwable failure = assertThrows(Throwable.class,
                () -> start(Map.of("doorstep.mode", "production", "doorstep.auth.jwt-secret", "tooshort")).close());
        assertTrue(messages(failure).contains("REFUSING TO START"), messages(failure));
    }

    @Test
    void productionRefusesTheDevelopmentDeviceKeySecret() {
        Throwable failure = assertThrows(Throwable.class, () -> start(Map.of("doorstep.mode", "production",
                "doorstep.auth.jwt-secret", "a-council-generated-secret-of-more-than-32-characters")).close());
        assertTrue(messages(failure).contains("REFUSING TO START"), messages(failure));
        assertTrue(messages(failure).contains("DOORSTEP_DEVICE_KEY_SECRET"), messages(failure));
    }

    @Test
    void productionStartsWithALongSecret() throws Exception {
        try (ApplicationContext context = start(Map.of("doorstep.mode", "production",
                "doorstep.auth.jwt-secret", "a-council-generated-secret-of-more-than-32-characters",
                "doorstep.auth.device-key-secret", "another-council-generated-secret-for-device-keys"))) {
            assertTrue(context.isRunning());
        }
    }

    private static ApplicationContext start(Map<String, Object> settings) throws Exception {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("doorstep.database.path", Files.createTempDirectory("doorstep-secret").resolve("d.db").toString());
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(properties);
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
