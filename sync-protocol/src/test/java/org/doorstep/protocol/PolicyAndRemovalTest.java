package org.doorstep.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.doorstep.protocol.policy.LocalPolicy;
import org.doorstep.protocol.policy.LocalPolicyValidator;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.ChildRemovedChange;
import org.doorstep.protocol.pull.PolicyChange;
import org.doorstep.protocol.pull.PullResponse;
import org.junit.jupiter.api.Test;

class PolicyAndRemovalTest {
    private final ObjectMapper json = ProtocolJson.newMapper();

    @Test
    void aRemovalTravelsAsChildRemovedWithTheIdOnly() throws Exception {
        String text = json.writeValueAsString(new PullResponse(Instant.parse("2026-03-02T10:00:00Z"),
                List.of(new ChildRemovedChange("C-1001")), "c", false));

        JsonNode change = json.readTree(text).at("/changes/0");
        assertEquals("child_removed", change.get("type").asText());
        assertEquals("C-1001", change.get("childId").asText());
        assertEquals(2, change.size(), text);
        Change back = json.readValue(change.toString(), Change.class);
        assertEquals(new ChildRemovedChange("C-1001"), back);
    }

    @Test
    void aPolicyChangeRoundTrips() throws Exception {
        LocalPolicy saved = LocalPolicy.DEFAULTS.asVersion(3, Instant.parse("2026-03-02T10:00:00Z"), "ada.admin");

        String text = json.writeValueAsString(new PolicyChange(saved));
        Change back = json.readValue(text, Change.class);

        assertTrue(text.startsWith("{\"type\":\"policy\""), text);
        assertEquals(saved, assertInstanceOf(PolicyChange.class, back).policy());
    }

    @Test
    void theDefaultsAreValid() {
        assertEquals(List.of(), LocalPolicyValidator.validate(LocalPolicy.DEFAULTS));
    }

    @Test
    void eachProblemNamesItsField() {
        LocalPolicy policy = new LocalPolicy(null, null, null,
                new LocalPolicy.VisitStandard(0, "working_days", false, false, false),
                new LocalPolicy.VisitStandard(20, "fortnights", false, false, false),
                new LocalPolicy.ReturnInterviewStandard(200, "clock_hours", "whenever", "each_episode"),
                new LocalPolicy.DueSoon(7, null, 24));

        List<ApiError> errors = LocalPolicyValidator.validate(policy);

        assertEquals(List.of("childProtection.interval", "childInNeed.unit", "returnInterviews.window",
                "returnInterviews.measure", "dueSoon.workingDays"), errors.stream().map(ApiError::field).toList());
        assertEquals("childProtection.interval must be 1 to 60 working days; it is 0", errors.get(0).message());
        assertEquals(ErrorCode.REQUIRED, errors.get(4).code());
        assertTrue(errors.get(3).message().contains("'whenever'"), errors.get(3).message());
    }

    @Test
    void aMissingSectionIsRequired() {
        LocalPolicy policy = new LocalPolicy(null, null, null, null, LocalPolicy.DEFAULTS.childInNeed(),
                LocalPolicy.DEFAULTS.returnInterviews(), LocalPolicy.DEFAULTS.dueSoon());

        assertEquals(List.of(FieldChecks.required("childProtection")), LocalPolicyValidator.validate(policy));
    }
}
