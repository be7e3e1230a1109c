package org.doorstep.compliance.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final String CASE = "{\"id\":\"A\",\"rule\":\"cp_visit\",\"asOf\":\"2026-02-20T12:00:00Z\","
            + "\"facts\":{\"planStartDate\":\"2026-02-02\",\"visits\":[]}}";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvaluateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void scenariosObjectAndBareListBothWork(@TempDir Path dir) throws Exception {
        Path wrapped = Files.writeString(dir.resolve("a.json"), "{\"scenarios\":[" + CASE + "]}");
        assertEquals(0, run(wrapped.toString()));
        JsonNode printed = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("overdue", printed.get("results").get(0).get("status").asText());
        out.reset();
        Path bare = Files.writeString(dir.resolve("b.json"), "[" + CASE + ", {\"id\": \"B\"}]");
        assertEquals(0, run(bare.toString()), "case errors do not fail the command");
        assertEquals(2, new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("results").size());
    }

    @Test
    void notJsonIsAnErrorExit(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("c.json"), "scenarios: [oops");
        assertEquals(1, run(file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not JSON"), err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnreadableFileIsAnErrorExit(@TempDir Path dir) {
        assertEquals(1, run(dir.resolve("missing.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read"));
    }

    @Test
    void jsonOfTheWrongShapeIsAnErrorExit(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("d.json"), "{\"cases\": []}");
        assertEquals(1, run(file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("must be {\"scenarios\": [CASE, ...]} or a list"));
    }

    @Test
    void noArgumentsPrintsUsage() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage:"));
    }

    @Test
    void aCouncilBankHolidayFileIsUsed(@TempDir Path dir) throws Exception {
        // The council closes on Fri 13 Feb 2026, so ten working days from Mon 2 Feb end on Tue 17 Feb.
        Path holidays = Files.writeString(dir.resolve("h.json"), "{\"england-and-wales\":{\"division\":\"england-and-wales\","
                + "\"events\":[{\"title\":\"Closure\",\"date\":\"2026-02-13\",\"notes\":\"\",\"bunting\":false}]}}");
        Path cases = Files.writeString(dir.resolve("e.json"), "[" + CASE + "]");
        assertEquals(0, run("--bank-holidays", holidays.toString(), cases.toString()));
        JsonNode result = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("results").get(0);
        assertEquals("2026-02-17", result.get("nextDueDate").asText());
    }
}
