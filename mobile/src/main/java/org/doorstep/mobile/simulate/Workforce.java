package org.doorstep.mobile.simulate;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The simulated people: one social worker per device, each with a small caseload, in team {@code T-SIM},
 * and the team's manager who reconciles at the end. They are written as CSV files and brought in with the
 * server jar's own import (docs/IMPORT.md), the way a council loads its people; imported users cannot sign
 * in until an administrator sets their password, which {@code ada.admin} then does through the admin API.
 */
final class Workforce {
    static final String TEAM = "T-SIM";
    static final String MANAGER_ID = "SIM-MANAGER";
    static final String MANAGER = "sim.manager";
    static final String PASSWORD = "simulated-worker-password";

    private final int workers;
    private final int childrenPerWorker;

    Workforce(int workers, int childrenPerWorker) {
        this.workers = workers;
        this.childrenPerWorker = childrenPerWorker;
    }

    static String workerId(int index) {
        return String.format("SIM-W-%05d", index);
    }

    static String username(int index) {
        return String.format("sim.worker%05d", index);
    }

    static String childId(int worker, int child) {
        return String.format("SIM-C-%05d-%d", worker, child);
    }

    List<String> childIds() {
        List<String> ids = new ArrayList<>();
        for (int w = 1; w <= workers; w++) {
            for (int c = 1; c <= childrenPerWorker; c++) {
                ids.add(childId(w, c));
            }
        }
        return ids;
    }

    /** Writes teams.csv, users.csv and children.csv into {@code directory}. */
    void writeCsv(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("teams.csv"), "id,name,area\n" + TEAM + ",Simulated Team,Simulated Area\n");
        StringBuilder users = new StringBuilder("id,username,display_name,team_id,area,roles\n");
        users.append(MANAGER_ID).append(',').append(MANAGER).append(",Simulated Manager,").append(TEAM).append(",,team_manager\n");
        StringBuilder children = new StringBuilder("id,display_name,date_of_birth,team_id,allocated_worker_id,closed_on\n");
        LocalDate born = LocalDate.of(2014, 1, 1);
        for (int w = 1; w <= workers; w++) {
            users.append(workerId(w)).append(',').append(username(w)).append(",Simulated Worker ").append(w).append(',')
                    .append(TEAM).append(",,social_worker\n");
            for (int c = 1; c <= childrenPerWorker; c++) {
                children.append(childId(w, c)).append(",Child ").append(w).append('-').append(c).append(',')
                        .append(born.plusDays((w * 7L + c) % 3000)).append(',').append(TEAM).append(',')
                        .append(workerId(w)).append(",\n");
            }
        }
        Files.writeString(directory.resolve("users.csv"), users);
        Files.writeString(directory.resolve("children.csv"), children);
    }

    /** Sets every simulated person's password as {@code ada.admin}, a few at a time (each is an Argon2 hash). */
    void setPasswords(URI server, String admin, String adminPassword) throws IOException, InterruptedException {
        AdminApi api = AdminApi.signIn(server, admin, adminPassword);
        List<String> ids = new ArrayList<>(List.of(MANAGER_ID));
        for (int w = 1; w <= workers; w++) {
            ids.add(workerId(w));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4, LossyProxy.daemon("set-password"));
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (String id : ids) {
                done.add(pool.submit(() -> {
                    api.setPassword(id, PASSWORD);
                    return null;
                }));
            }
            for (Future<Void> future : done) {
                future.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("Setting a simulated worker's password failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
