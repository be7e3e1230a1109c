package org.doorstep.server.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.doorstep.compliance.care.PlacementType;
import org.doorstep.protocol.FieldChecks;
import org.doorstep.protocol.auth.Role;

/**
 * Checks every value of every row of one file (required values, formats, allowed values, dates in order,
 * ids unique within the file) and turns the rows into {@link ImportRow}s. Checks against other files and
 * the database are {@link ReferenceCheck}'s.
 */
final class RowParser {
    private static final Pattern ID = FieldChecks.CHILD_ID;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ImportFile file;
    private final LocalDate today;
    private final List<ImportError> errors;

    private RowParser(ImportFile file, LocalDate today, List<ImportError> errors) {
        this.file = file;
        this.today = today;
        this.errors = errors;
    }

    static List<ImportRow> parse(CsvSheet sheet, LocalDate today, List<ImportError> errors) {
        return new RowParser(sheet.file(), today, errors).parseAll(sheet.rows());
    }

    private List<ImportRow> parseAll(List<CsvSheet.Row> rows) {
        List<ImportRow> parsed = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, Integer> usernameLines = new HashMap<>();
        for (CsvSheet.Row row : rows) {
            int before = errors.size();
            LinkedHashMap<String, String> values = new LinkedHashMap<>();
            SortedSet<String> roles = new TreeSet<>();
            for (Column column : file.columns()) {
                check(row, column, values, roles);
            }
            String id = row.value("id");
            if (id != null && ID.matcher(id).matches()) {
                Integer first = idLines.putIfAbsent(id, row.line());
                if (first != null) {
                    error(row, "id", "duplicate id " + id + ": line " + first + " has the same id");
                }
            }
            String username = row.value("username");
            if (file == ImportFile.USERS && username != null) {
                Integer first = usernameLines.putIfAbsent(username.toLowerCase(Locale.ROOT), row.line());
                if (first != null) {
                    error(row, "username", "duplicate username " + username + ": line " + first + " has the same username");
                }
            }
            if (errors.size() == before) {
                rowRules(row, values, roles);
            }
            // Rows with problems are kept too, so that their references are checked as well; an import
            // with any problem is never applied.
            values.remove("id");
            parsed.add(new ImportRow(file, row.line(), id, values, roles));
        }
        return parsed;
    }

    private void check(CsvSheet.Row row, Column column, Map<String, String> values, SortedSet<String> roles) {
        String name = column.name();
        String value = row.value(name);
        if (value == null) {
            if (column.required()) {
                error(row, name, "a value is required");
            }
            values.put(name, null);
            return;
        }
        if (value.length() > column.maxLength() && column.type() != Column.Type.ROLES) {
            error(row, name, "at most " + column.maxLength() + " characters; this value has " + value.length());
            return;
        }
        switch (column.type()) {
            case ID -> {
                if (!ID.matcher(value).matches()) {
                    error(row, name, "'" + value + "' is not a valid id: 1 to 64 letters, digits, '-' or '_', starting with a letter or digit");
                }
            }
            case USERNAME -> {
                if (!USERNAME.matcher(value).matches()) {
                    error(row, name, "'" + value + "' is not a valid username: 1 to 100 letters, digits, '.', '_', '-' or '@'");
                }
            }
            case DATE -> date(row, name, value);
            case CHOICE -> {
                if (!column.choices().contains(value)) {
                    error(row, name, "'" + value + "' is not one of " + String.join(", ", column.choices()));
                }
            }
            case PLACEMENT_TYPE -> {
                var type = PlacementType.fromCode(value);
                if (type.isEmpty()) {
                    error(row, name, "'" + value + "' is not a placement type; use one of " + placementTypes());
                } else {
                    value = type.get().code();
                }
            }
            case ROLES -> roles(row, name, value, roles);
            case TEXT -> {
            }
        }
        if (column.type() != Column.Type.ROLES) {
            values.put(name, value);
        }
    }

    private void date(CsvSheet.Row row, String column, String value) {
        if (!ISO_DATE.matcher(value).matches()) {
            error(row, column, "'" + value + "' is not a date in the form YYYY-MM-DD");
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(row, column, "'" + value + "' is not a real date");
        }
    }

    private void roles(CsvSheet.Row row, String column, String value, SortedSet<String> roles) {
        for (String part : value.split(";", -1)) {
            String role = part.strip();
            if (Role.fromWireName(role).isEmpty()) {
                error(row, column, "'" + role + "' is not a role; roles are social_worker, rhi_officer, team_manager, "
                        + "administrator, separated by ';'");
            } else if (!roles.add(role)) {
                error(row, column, "role " + role + " is listed twice");
            }
        }
    }

    /** Checks between the values of one row, once each value is valid on its own. */
    private void rowRules(CsvSheet.Row row, Map<String, String> values, SortedSet<String> roles) {
        switch (file) {
            case USERS -> {
                boolean needsTeam = roles.contains(Role.SOCIAL_WORKER.wireName()) || roles.contains(Role.TEAM_MANAGER.wireName());
                if (needsTeam && values.get("team_id") == null) {
                    error(row, "team_id", "a social worker or team manager needs a team");
                }
                if (roles.contains(Role.RHI_OFFICER.wireName()) && values.get("area") == null) {
                    error(row, "area", "a return interview officer needs an area");
                }
            }
            case CHILDREN -> {
                notAfterToday(row, "date_of_birth", values);
                notBefore(row, "closed_on", values, "date_of_birth");
            }
            case PLANS -> notBefore(row, "end_date", values, "start_date");
            case PLACEMENTS -> {
                for (String column : List.of("end_date", "intended_until_18_from", "long_term_foster_from",
                        "child_agreed_from", "first_review_date")) {
                    notBefore(row, column, values, "start_date");
                }
            }
            case PRIVATE_FOSTERING -> {
                if (values.get("notification_received_date") == null && values.get("la_aware_date") == null) {
                    error(row, "la_aware_date", "notification_received_date or la_aware_date is required");
                }
                notBefore(row, "end_date", values, "notification_received_date");
                notBefore(row, "end_date", values, "la_aware_date");
            }
            case CARE_LEAVERS -> notBefore(row, "end_date", values, "first_provided_date");
            case TEAMS -> {
            }
        }
    }

    private void notBefore(CsvSheet.Row row, String later, Map<String, String> values, String earlier) {
        String laterValue = values.get(later);
        String earlierValue = values.get(earlier);
        if (laterValue != null && earlierValue != null && LocalDate.parse(laterValue).isBefore(LocalDate.parse(earlierValue))) {
            error(row, later, later + " " + laterValue + " is before " + earlier + " " + earlierValue);
        }
    }

    private void notAfterToday(CsvSheet.Row row, String column, Map<String, String> values) {
        String value = values.get(column);
        if (value != null && LocalDate.parse(value).isAfter(today)) {
            error(row, column, value + " is in the future");
        }
    }

    private static String placementTypes() {
        List<String> codes = new ArrayList<>();
        for (PlacementType type : PlacementType.values()) {
            codes.add(type.code());
        }
        codes.add("foster");
        codes.add("childrens_home");
        return String.join(", ", codes);
    }

    private void error(CsvSheet.Row row, String column, String message) {
        errors.add(new ImportError(file.fileName(), row.line(), column, message));
    }
}
