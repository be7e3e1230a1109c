package org.doorstep.server.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every list of every team of the generated demo authority (300 children across every regime, with visits,
 * missing episodes and interviews): each file conforms to Ofsted's schema, and holds only its team's children.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnexADemoAuthorityTest {
    private ApplicationContext context;
    private DataSource dataSource;

    @BeforeAll
    void start() {
        Map<String, Object> properties = TestDatabase.SQLITE.properties();
        properties.put("doorstep.demo.enabled", true);
        properties.put("doorstep.demo.generate.children", 300);
        context = ApplicationContext.run(properties);
        dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void everyTeamsListsConformAndHoldOnlyTheTeamsChildren() throws SQLException {
        AnnexAExports exports = context.getBean(AnnexAExports.class);
        AnnexASchema schema = AnnexASchema.load();
        AsAt today = new AsAt(LocalDate.now(context.getBean(Clock.class).withZone(AsAt.LONDON)));
        Map<AnnexAList, Integer> rows = new HashMap<>();
        Map<String, String> managers = managers();
        assertEquals(6, managers.size(), "the generated teams' managers");
        for (Map.Entry<String, String> manager : managers.entrySet()) {
            Caller caller = new Caller(manager.getKey(), manager.getKey(), Set.of(Role.TEAM_MANAGER), "test-browser",
                    Caller.Channel.WEB);
            Set<String> team = childrenOf(manager.getValue());
            for (AnnexAList list : AnnexAList.values()) {
                for (AnnexAFormat format : AnnexAFormat.values()) {
                    AnnexAExports.Export export = exports.export(caller, list, format, today);
                    AnnexASchema.Table table = AnnexAFiles.read(export.content(), format, list.sheetName());
                    assertEquals(List.of(), schema.problems(list.sheetName(), table, NotHeld.of(list)),
                            manager.getValue() + " " + list + " " + format);
                    for (List<String> row : table.rows()) {
                        assertTrue(team.contains(row.get(0)), row.get(0) + " is not in " + manager.getValue());
                    }
                    rows.merge(list, table.rows().size(), Integer::sum);
                }
            }
        }
        for (AnnexAList list : AnnexAList.values()) {
            assertTrue(rows.getOrDefault(list, 0) > 20, list + " has children across the authority: " + rows);
        }
    }

    private Map<String, String> managers() throws SQLException {
        Map<String, String> managers = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT u.id, u.team_id FROM app_user u "
                     + "JOIN user_role r ON r.user_id = u.id WHERE r.role = 'team_manager' AND u.id LIKE 'DU-%'")) {
            while (rs.next()) {
                managers.put(rs.getString(1), rs.getString(2));
            }
        }
        return managers;
    }

    private Set<String> childrenOf(String teamId) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT id FROM child WHERE team_id = ?")) {
            statement.setString(1, teamId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
