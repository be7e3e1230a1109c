package org.doorstep.compliance.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every worked example in compliance-examples.json (a copy of ../shared/domain/compliance-examples.json),
 * through the evaluator, compared structurally with its {@code expected}: the result minus its {@code id}
 * must equal {@code expected} exactly, so a missing or extra field fails.
 */
class ComplianceExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> examples() throws Exception {
        List<Arguments> args = new ArrayList<>();
        for (JsonNode c : scenarios()) {
            args.add(Arguments.of(c.get("id").asText(), c));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleMatchesExpected(String id, JsonNode scenario) {
        ObjectNode result = new CaseEvaluator(WorkingDayCalendar.englandAndWales()).evaluate(scenario);
        assertEquals(id, result.get("id").asText());
        result.remove("id");
        assertEquals(scenario.get("expected"), result, () -> id + ": " + scenario.get("why").asText());
    }

    @Test
    void theFileHoldsTheElevenWorkedExamples() throws Exception {
        JsonNode scenarios = scenarios();
        assertEquals(11, scenarios.size());
        scenarios.forEach(s -> assertTrue(s.has("expected"), s.get("id").asText()));
    }

    private static JsonNode scenarios() throws Exception {
        try (InputStream in = ComplianceExamplesTest.class.getResourceAsStream("/compliance-examples.json")) {
            return JSON.readTree(in).get("scenarios");
        }
    }
}
