package org.doorstep.mobile.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's one-minute load average, as {@code uptime} shows it (Linux), or -1 where it cannot be read. */
final class LoadAverage {
    private LoadAverage() {
    }

    static double oneMinute() {
        try {
            String text = Files.readString(Path.of("/proc/loadavg")).strip();
            return Double.parseDouble(text.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
