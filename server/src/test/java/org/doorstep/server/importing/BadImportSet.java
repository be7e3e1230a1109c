package org.doorstep.server.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An import set with many kinds of problems, meant to be imported over the example set. Teams line 2 is
 * a valid change that must not be applied either. {@link #EXPECTED} is where every problem is.
 */
final class BadImportSet {
    static final List<String> EXPECTED = List.of(
            "care_leavers.csv:2:basis",
            "care_leavers.csv:3:id",
            "children.csv:2:date_of_birth",
            "children.csv:4:closed_on",
            "children.csv:4:allocated_worker_id",
            "children.csv:5:date_of_birth",
            "children.csv:6:-",
            "children.csv:7:date_of_birth",
            "notes.csv:1:-",
            "placements.csv:1:start",
            "placements.csv:1:colour",
            "placements.csv:1:start_date",
            "plans.csv:2:kind",
            "plans.csv:3:child_id",
            "plans.csv:4:end_date",
            "plans.csv:6:start_date",
            "private_fostering.csv:2:la_aware_date",
            "teams.csv:3:name",
            "teams.csv:4:id",
            "users.csv:2:username",
            "users.csv:3:team_id",
            "users.csv:4:username",
            "users.csv:4:roles",
            "users.csv:5:team_id",
            "users.csv:6:username");

    private BadImportSet() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir, "teams.csv", """
                id,name,area
                T-SOUTH,South Renamed,South
                T-NEW,,North
                T-SOUTH,Dup,South
                """);
        write(dir, "users.csv", """
                id,username,display_name,team_id,area,roles
                U-9001,priya.example,Someone Else,T-SOUTH,,social_worker
                U-9002,new.worker,New Worker,T-NOWHERE,,social_worker
                U-9003,bad name,Bad,T-SOUTH,,social_worker;chief
                U-9004,no.team,No Team,,,social_worker
                U-9005,NEW.WORKER,Dup,T-SOUTH,,social_worker
                """);
        // The first child's name runs over two lines: the next row starts on line 4.
        write(dir, "children.csv", """
                id,display_name,date_of_birth,team_id,allocated_worker_id,closed_on
                C-9001,"Multi
                Line Name",2015-02-30,T-SOUTH,U-2001,
                C-9002,Kid Two,2015-03-01,T-SOUTH,U-7777,2014-01-01
                C-9003,Kid Three,01/02/2015,T-SOUTH,,
                C-9004,Kid Four,2015-01-01,T-SOUTH
                C-9005,Kid Five,2999-01-01,,,
                """);
        write(dir, "plans.csv", """
                id,child_id,kind,start_date,end_date
                P-9001,C-2001,cpp,2025-01-01,
                P-9002,C-8888,cp,2025-01-01,
                P-9003,C-2001,cin,2025-05-01,2025-04-01
                P-9004,C-9001,cp,2025-01-01,
                P-9005,C-2001,cp,,
                """);
        write(dir, "placements.csv", """
                id,child_id,start,end_date,placement_type,intended_until_18_from,long_term_foster_from,child_agreed_from,first_review_date,colour
                PL-9001,C-2001,2025-01-01,,foster,,,,,blue
                """);
        write(dir, "private_fostering.csv", """
                id,child_id,notification_received_date,la_aware_date,end_date
                PF-9001,C-2001,,,
                """);
        write(dir, "care_leavers.csv", """
                id,child_id,first_provided_date,basis,end_date
                CL-9001,C-2005,2025-01-01,s20,
                bad id!,C-2005,2025-01-01,s23b,
                """);
        write(dir, "notes.csv", "anything\n");
        return dir;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
