package org.doorstep.server.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.doorstep.protocol.auth.Role;
import org.junit.jupiter.api.Test;

/** Managers agree with or challenge not-seen-alone reasons; every review is kept with who and when. */
@MicronautTest(transactional = false)
class ReviewsTest extends DashboardTest {
    private String caraVisit() {
        return query("SELECT id FROM visit WHERE child_id = 'C-1003' AND seen_alone = FALSE");
    }

    private String eliVisit() {
        return query("SELECT id FROM visit WHERE child_id = 'C-1005' AND seen_alone = FALSE");
    }

    private int reviews(String visitId) {
        return Integer.parseInt(query("SELECT COUNT(*) FROM visit_review WHERE visit_id = ?", visitId));
    }

    @Test
    void aManagerAgreesAReasonAndItIsKeptWithWhoAndWhenAndAudited() {
        Browser maria = signedIn("maria.manager");
        Browser.Page list = maria.get("/dashboard/team/reviews");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("Cara asked for her carer to stay in the room."), list.body());
        String visit = caraVisit();
        Browser.Page saved = maria.post("/dashboard/reviews", Map.of("_csrf", list.formToken(), "visit", visit, "version", "1",
                "decision", "agreed", "comment", "Fine: she is nine and chose this."));
        assertEquals(303, saved.status(), saved.body());
        assertEquals("/dashboard/team/reviews?done=1", saved.location());
        assertEquals("agreed", query("SELECT decision FROM visit_review WHERE visit_id = ?", visit));
        assertEquals("U-MARIA", query("SELECT reviewed_by FROM visit_review WHERE visit_id = ?", visit));
        assertEquals("Maria Manager", query("SELECT reviewer_name FROM visit_review WHERE visit_id = ?", visit));
        assertTrue(query("SELECT reviewed_at FROM visit_review WHERE visit_id = ?", visit).endsWith("Z"));
        assertEquals("agreed: Fine: she is nine and chose this.", query("SELECT detail FROM audit_event WHERE action = 'review'"
                + " AND subject = ?", "visit:" + visit + " v1"));
        String after = maria.get(saved.location()).body();
        assertTrue(after.contains("Your review was saved"), after);
        assertTrue(after.substring(after.indexOf("Reviewed (")).contains("Fine: she is nine and chose this."), after);
        String timeline = maria.get("/dashboard/children/C-1003").body();
        assertTrue(timeline.contains("Fine: she is nine and chose this."), "the review shows on the child's page");
    }

    @Test
    void aChallengeNeedsACommentAndEveryReviewIsKept() {
        Browser maria = signedIn("maria.manager");
        String token = maria.get("/dashboard/team/reviews").formToken();
        String visit = eliVisit();
        Browser.Page refused = maria.post("/dashboard/reviews", Map.of("_csrf", token, "visit", visit, "version", "1",
                "decision", "challenged", "comment", "  "));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("a challenge needs a comment"), refused.body());
        assertEquals(0, reviews(visit));
        assertEquals(303, maria.post("/dashboard/reviews", Map.of("_csrf", token, "visit", visit, "version", "1",
                "decision", "challenged", "comment", "Try to see Eli alone next time.", "back", "child")).status());
        assertEquals(303, maria.post("/dashboard/reviews", Map.of("_csrf", token, "visit", visit, "version", "1",
                "decision", "agreed", "comment", "Spoke to Sam: agreed after all.")).status());
        assertEquals(2, reviews(visit), "both reviews kept");
        String timeline = maria.get("/dashboard/children/C-1005").body();
        assertTrue(timeline.contains("Try to see Eli alone next time.") && timeline.contains("Spoke to Sam: agreed after all."));
    }

    @Test
    void aReviewWithoutTheSessionsFormTokenChangesNothing() {
        Browser maria = signedIn("maria.manager");
        String visit = caraVisit();
        int before = reviews(visit);
        Browser.Page forged = maria.post("/dashboard/reviews", Map.of("_csrf", "forged-token", "visit", visit, "version", "1",
                "decision", "agreed"));
        assertEquals(403, forged.status());
        Browser.Page missing = maria.post("/dashboard/reviews", Map.of("visit", visit, "version", "1", "decision", "agreed"));
        assertEquals(403, missing.status());
        assertEquals(before, reviews(visit));
    }

    @Test
    void otherTeamsAndOtherRolesCannotReview() {
        person("west.manager", "T-WEST", Role.TEAM_MANAGER);
        String visit = caraVisit();
        int before = reviews(visit);
        Browser west = signedIn("west.manager");
        Browser.Page page = west.post("/dashboard/reviews", Map.of("_csrf", west.get("/dashboard/team").formToken(), "visit", visit,
                "version", "1", "decision", "agreed"));
        assertEquals(403, page.status());
        Browser sam = signedIn("sam.worker");
        Browser.Page bySam = sam.post("/dashboard/reviews", Map.of("_csrf", sam.get("/dashboard/workers/U-SAM").formToken(),
                "visit", visit, "version", "1", "decision", "agreed"));
        assertEquals(403, bySam.status());
        assertEquals(before, reviews(visit));
    }

    @Test
    void onlyTheLatestVersionOfANotSeenAloneVisitCanBeReviewed() {
        Browser maria = signedIn("maria.manager");
        String token = maria.get("/dashboard/team/reviews").formToken();
        String amended = query("SELECT id FROM visit WHERE child_id = 'C-1001' AND version = 2");
        Browser.Page old = maria.post("/dashboard/reviews", Map.of("_csrf", token, "visit", amended, "version", "1",
                "decision", "agreed"));
        assertEquals(400, old.status());
        assertTrue(old.body().contains("amended after the page was loaded"));
        String alone = query("SELECT id FROM visit WHERE child_id = 'C-1002' AND seen_alone = TRUE");
        assertEquals(400, maria.post("/dashboard/reviews", Map.of("_csrf", token, "visit", alone, "version", "1",
                "decision", "agreed")).status());
        assertEquals(403, maria.post("/dashboard/reviews", Map.of("_csrf", token, "visit", "no-such-visit", "version", "1",
                "decision", "agreed")).status());
        assertEquals(400, maria.post("/dashboard/reviews", Map.of("_csrf", token, "visit", amended, "version", "two",
                "decision", "agreed")).status());
    }

    @Test
    void theReviewListDownloadsAsCsv() {
        Browser maria = signedIn("maria.manager");
        Browser.Page csv = maria.get("/dashboard/team/reviews.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("\uFEFFChild id,Name,Worker,Visit,Reason not seen alone,Review,Comment"), csv.body());
        assertTrue(csv.body().contains("C-1003,Cara Placeholder,Sam Worker,"), csv.body());
    }
}
