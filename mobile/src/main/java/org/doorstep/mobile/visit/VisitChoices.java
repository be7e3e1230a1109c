package org.doorstep.mobile.visit;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.util.StringConverter;
import org.doorstep.protocol.visit.Visit;

/** The words shown for the protocol's codes in the form's choice boxes. */
final class VisitChoices {
    static final String BEDROOM_YES = "yes";
    static final String BEDROOM_NO = "no";
    static final String BEDROOM_NOT_RECORDED = "not_recorded";

    static final Map<String, String> TYPES = ordered(
            Visit.STATUTORY, "Statutory visit",
            Visit.CORE_GROUP, "Core group visit",
            Visit.OTHER, "Other visit");
    /** The reasons regulation 29 allows for not seeing a child alone, and "other". */
    static final Map<String, String> NOT_ALONE = ordered(
            Visit.CHILD_REFUSED, "The child refused",
            Visit.INAPPROPRIATE, "Not appropriate for the child's age and understanding",
            Visit.UNABLE, "I was unable to",
            Visit.OTHER_REASON, "Other (say why below)");
    static final Map<String, String> BEDROOM = ordered(
            BEDROOM_YES, "Yes",
            BEDROOM_NO, "No",
            BEDROOM_NOT_RECORDED, "Not recorded");

    private VisitChoices() {
    }

    static StringConverter<String> converter(Map<String, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : words.getOrDefault(code, code);
            }

            @Override
            public String fromString(String text) {
                return words.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
            }
        };
    }

    static Boolean bedroom(String code) {
        return BEDROOM_YES.equals(code) ? Boolean.TRUE : BEDROOM_NO.equals(code) ? Boolean.FALSE : null;
    }

    static String bedroomCode(Boolean seen) {
        return seen == null ? BEDROOM_NOT_RECORDED : seen ? BEDROOM_YES : BEDROOM_NO;
    }

    private static Map<String, String> ordered(String... codesAndWords) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWords.length; i += 2) {
            map.put(codesAndWords[i], codesAndWords[i + 1]);
        }
        return map;
    }
}
