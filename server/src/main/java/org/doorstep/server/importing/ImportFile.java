package org.doorstep.server.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files an import may hold, in the order they are applied, each with its columns and the table its
 * rows go to. Every column must be in the header (in any order); values of optional columns may be empty.
 */
public enum ImportFile {
    TEAMS("teams.csv", "team", List.of(
            Column.id("id"),
            Column.text("name", true, 200),
            Column.text("area", true, 100))),
    USERS("users.csv", "app_user", List.of(
            Column.id("id"),
            Column.of("username", Column.Type.USERNAME, true),
            Column.text("display_name", true, 200),
            Column.reference("team_id", false),
            Column.text("area", false, 100),
            Column.of("roles", Column.Type.ROLES, true))),
    CHILDREN("children.csv", "child", List.of(
            Column.id("id"),
            Column.text("display_name", true, 200),
            Column.date("date_of_birth", true),
            Column.reference("team_id", false),
            Column.reference("allocated_worker_id", false),
            Column.date("closed_on", false))),
    PLANS("plans.csv", "plan", List.of(
            Column.id("id"),
            Column.reference("child_id", true),
            Column.choice("kind", "cp", "cin"),
            Column.date("start_date", true),
            Column.date("end_date", false))),
    PLACEMENTS("placements.csv", "placement", List.of(
            Column.id("id"),
            Column.reference("child_id", true),
            Column.date("start_date", true),
            Column.date("end_date", false),
            Column.of("placement_type", Column.Type.PLACEMENT_TYPE, true),
            Column.date("intended_until_18_from", false),
            Column.date("long_term_foster_from", false),
            Column.date("child_agreed_from", false),
            Column.date("first_review_date", false))),
    PRIVATE_FOSTERING("private_fostering.csv", "private_fostering", List.of(
            Column.id("id"),
            Column.reference("child_id", true),
            Column.date("notification_received_date", false),
            Column.date("la_aware_date", false),
            Column.date("end_date", false))),
    CARE_LEAVERS("care_leavers.csv", "care_leaver_accommodation", List.of(
            Column.id("id"),
            Column.reference("child_id", true),
            Column.date("first_provided_date", true),
            Column.choice("basis", "s23b", "s24b", "other"),
            Column.date("end_date", false)));

    private final String fileName;
    private final String table;
    private final List<Column> columns;

    ImportFile(String fileName, String table, List<Column> columns) {
        this.fileName = fileName;
        this.table = table;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    String table() {
        return table;
    }

    List<Column> columns() {
        return columns;
    }

    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The table columns the file's rows are stored in, besides {@code id} (users' roles go to user_role). */
    List<String> storedColumns() {
        return columns.stream().map(Column::name).filter(name -> !name.equals("id") && !name.equals("roles")).toList();
    }

    /** Whether the file holds episodes of children (plans, placements, private fostering, care leavers). */
    boolean isEpisode() {
        return switch (this) {
            case PLANS, PLACEMENTS, PRIVATE_FOSTERING, CARE_LEAVERS -> true;
            case TEAMS, USERS, CHILDREN -> false;
        };
    }

    /** The columns that name a row of another file (or of the database), and which file. */
    Map<String, ImportFile> references() {
        return switch (this) {
            case TEAMS -> Map.of();
            case USERS -> Map.of("team_id", TEAMS);
            case CHILDREN -> Map.of("team_id", TEAMS, "allocated_worker_id", USERS);
            default -> Map.of("child_id", CHILDREN);
        };
    }

    static Optional<ImportFile> named(String fileName) {
        for (ImportFile file : values()) {
            if (file.fileName.equals(fileName)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
