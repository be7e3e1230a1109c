package org.doorstep.server.dashboard.review;

/** The not-seen-alone reason codes (regulation 29 and "other") in words. */
public final class ReasonWords {
    private ReasonWords() {
    }

    public static String of(String code, String text) {
        String words = code == null ? null : switch (code) {
            case "child_refused" -> "The child refused";
            case "inappropriate_age_understanding" -> "Not appropriate for the child's age and understanding";
            case "unable" -> "The worker was unable to";
            case "other" -> "Other";
            default -> code;
        };
        if (words == null) {
            return text == null || text.isBlank() ? "No reason recorded" : text;
        }
        return text == null || text.isBlank() || text.equals(code) ? words : words + ": " + text;
    }
}
