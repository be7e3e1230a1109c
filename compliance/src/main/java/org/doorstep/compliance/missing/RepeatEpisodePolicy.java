package org.doorstep.compliance.missing;

import java.util.Optional;

/** What happens when a child goes missing again before an earlier episode's interview deadline. */
public enum RepeatEpisodePolicy {
    /** Default: every episode has its own return interview obligation. */
    EACH_EPISODE("each_episode"),
    /**
     * {@code combineIfMissingAgainBeforeDeadline}: an earlier obligation not yet met when the child goes missing
     * again before its deadline ends as {@code superseded}; the latest return starts the one remaining deadline.
     */
    COMBINE_IF_MISSING_AGAIN_BEFORE_DEADLINE("combine_if_missing_again_before_deadline");

    private final String code;

    RepeatEpisodePolicy(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RepeatEpisodePolicy> fromCode(String code) {
        for (RepeatEpisodePolicy p : values()) {
            if (p.code.equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
