package org.doorstep.mobile.missing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.doorstep.mobile.store.LocalMissing;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;

/**
 * One missing episode of the child as the screen lists it: the device's version when it holds one, else the
 * server's as pulled, with its latest interview record (likewise) and, for the device's, where it stands.
 *
 * @param local          the device's record of the episode, or null (pulled only)
 * @param interview      the episode's latest interview record, or null
 * @param localInterview the device's record of that interview, or null
 */
record EpisodeItem(MissingEpisode episode, LocalMissing local, ReturnInterview interview, LocalMissing localInterview) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    String describe(ZoneId zone) {
        StringBuilder text = new StringBuilder("Missing ").append(WHEN.format(episode.wentMissingAt().atZoneSameInstant(zone)));
        text.append(episode.returnedAt() == null ? " · still missing"
                : " · back " + WHEN.format(episode.returnedAt().atZoneSameInstant(zone)));
        if (interview != null) {
            text.append(" · interview ").append(InterviewOutcomes.WORDS.get(InterviewOutcomes.fromProtocol(interview.outcome()))
                    .toLowerCase(Locale.UK));
        }
        text.append(state("episode", local)).append(state("interview", localInterview));
        return text.toString();
    }

    private static String state(String what, LocalMissing record) {
        if (record == null) {
            return "";
        }
        return switch (record.state()) {
            case WAITING -> " · " + what + " waiting to sync";
            case SENT -> "";
            case REJECTED -> " · " + what + " not accepted: " + record.rejection().message()
                    + (record.note() == null ? "" : " (" + record.note() + ")");
        };
    }
}
