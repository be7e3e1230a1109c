package org.doorstep.mobile.missing;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.util.StringConverter;
import org.doorstep.protocol.missing.ReturnInterview;

/** The interview outcomes as the form shows them; {@link #OFFERED} stands for the protocol's absent outcome. */
final class InterviewOutcomes {
    static final String OFFERED = "offered";
    static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(OFFERED, "Offered, not held yet");
        WORDS.put(ReturnInterview.COMPLETED, "Held (completed)");
        WORDS.put(ReturnInterview.DECLINED, "The child declined");
        WORDS.put(ReturnInterview.NOT_REQUIRED, "Not required (manager's decision)");
    }

    private InterviewOutcomes() {
    }

    static String toProtocol(String choice) {
        return choice == null || OFFERED.equals(choice) ? null : choice;
    }

    static String fromProtocol(String outcome) {
        return outcome == null ? OFFERED : outcome;
    }

    static StringConverter<String> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : WORDS.getOrDefault(code, code);
            }

            @Override
            public String fromString(String text) {
                return WORDS.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
            }
        };
    }
}
