package org.doorstep.server.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.doorstep.protocol.auth.Role;

/**
 * The generated authority's teams and staff: six teams in three areas, ten social workers and a manager
 * per team, a return interview officer per area and an administrator. Ids and names depend only on the seed.
 */
final class DemoPeople {
    static final List<String> AREAS = List.of("Riverside", "Hillcrest", "Meadowbank");
    static final int WORKERS_PER_TEAM = 10;
    private static final List<String> TEAM_KINDS = List.of("Family Support", "Safeguarding");

    record Team(String id, String name, String area) {
    }

    record Person(String id, String username, String displayName, String teamId, String area, Role role) {
        String deviceId() {
            return "demo-phone-" + username;
        }
    }

    private final List<Team> teams = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();

    DemoPeople(long seed) {
        Random random = new Random(seed);
        Set<String> usernames = new HashSet<>();
        for (String area : AREAS) {
            for (int k = 0; k < TEAM_KINDS.size(); k++) {
                teams.add(new Team("T-" + area.substring(0, 3).toUpperCase(Locale.ROOT) + "-" + (k + 1),
                        area + " " + TEAM_KINDS.get(k) + " Team", area));
            }
        }
        for (Team team : teams) {
            for (int i = 0; i < WORKERS_PER_TEAM; i++) {
                people.add(person(random, usernames, team.id(), null, Role.SOCIAL_WORKER));
            }
            people.add(person(random, usernames, team.id(), null, Role.TEAM_MANAGER));
        }
        for (String area : AREAS) {
            people.add(person(random, usernames, null, area, Role.RHI_OFFICER));
        }
        people.add(person(random, usernames, null, null, Role.ADMINISTRATOR));
    }

    private Person person(Random random, Set<String> usernames, String teamId, String area, Role role) {
        String first = FictionalNames.first(random);
        String last = FictionalNames.last(random);
        String base = (first + "." + last).toLowerCase(Locale.ROOT).replace("-", "");
        String username = base;
        for (int n = 2; !usernames.add(username); n++) {
            username = base + n;
        }
        String id = String.format("DU-%04d", people.size() + 1);
        return new Person(id, username, first + " " + last, teamId, area, role);
    }

    List<Team> teams() {
        return teams;
    }

    List<Person> people() {
        return people;
    }

    List<Person> workers(String teamId) {
        return people.stream().filter(p -> p.role() == Role.SOCIAL_WORKER && teamId.equals(p.teamId())).toList();
    }

    Person officer(String area) {
        return people.stream().filter(p -> p.role() == Role.RHI_OFFICER && area.equals(p.area())).findFirst().orElseThrow();
    }

    Person first(Role role) {
        return people.stream().filter(p -> p.role() == role).findFirst().orElseThrow();
    }

    Team team(String id) {
        return teams.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
