package org.doorstep.mobile.missing;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The missing and return screen's controls, phone-sized: the child's interview clock at the top, the child's
 * missing episodes, the episode form (went missing, returned, police reference, notes) and the return interview
 * form (offer, outcome, when held or declined, who held it, the child's account, risks, follow-up). No behaviour:
 * {@link MissingPresenter} wires it.
 */
final class MissingView {
    final BorderPane root = new BorderPane();
    final Button back = new Button("‹ Caseload");
    final Button toVisits = new Button("Visits");
    final Label child = new Label();
    final Label returnClock = new Label();
    final ListView<EpisodeItem> episodes = new ListView<>();
    final Button newEpisode = new Button("New missing episode");

    final Label episodeTitle = new Label("Record a missing episode");
    final DateTimeField went = new DateTimeField("went", "When the child went missing");
    final DateTimeField returned = new DateTimeField("returned", "When the child came back");
    final Button returnedNow = new Button("Back now");
    final TextField policeReference = new TextField();
    final TextArea episodeNotes = new TextArea();
    final Button saveEpisode = new Button("Save episode");
    final Label wentMissingAtError = MissingViews.error("wentMissingAtError");
    final Label returnedAtError = MissingViews.error("returnedAtError");
    final Label policeReferenceError = MissingViews.error("policeReferenceError");
    final Label episodeNotesError = MissingViews.error("episodeNotesError");

    final VBox interviewBox = new VBox(6);
    final ChoiceBox<String> outcome = new ChoiceBox<>();
    final DateTimeField offered = new DateTimeField("offered", "When the interview was offered");
    final Label heldLabel = new Label("When it was held");
    final DateTimeField held = new DateTimeField("held", "When the interview was held or declined");
    final VBox heldBox = new VBox(4);
    final TextField interviewerRole = new TextField();
    final TextArea childAccount = new TextArea();
    final TextArea pushFactors = new TextArea();
    final TextArea pullFactors = new TextArea();
    final TextArea risksIdentified = new TextArea();
    final VBox completedBox = new VBox(6);
    final TextArea followUp = new TextArea();
    final TextArea notRequiredReason = new TextArea();
    final VBox notRequiredBox = new VBox(4);
    final Button saveInterview = new Button("Save interview");
    final Label outcomeError = MissingViews.error("outcomeError");
    final Label offeredAtError = MissingViews.error("offeredAtError");
    final Label heldAtError = MissingViews.error("heldAtError");
    final Label interviewError = MissingViews.error("interviewError");
    final Label notRequiredReasonError = MissingViews.error("notRequiredReasonError");

    final Label status = new Label();
    final VBox syncStatusSlot = new VBox();
    final Button syncNow = new Button("Sync now");

    MissingView() {
        root.getStyleClass().add("app");
        root.setTop(appBar());
        root.setCenter(content());
        root.setBottom(statusBar());
    }

    private Node appBar() {
        Label title = new Label("Missing");
        title.getStyleClass().add("app-title");
        title.setAccessibleText("Missing episodes and return interview");
        back.setId("back");
        back.getStyleClass().add("back");
        back.setAccessibleText("Back to the caseload");
        toVisits.setId("toVisits");
        toVisits.getStyleClass().add("account-action");
        toVisits.setAccessibleText("Visits of this child");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, back, title, spacer, toVisits);
        bar.getStyleClass().add("app-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node content() {
        child.setId("missingChild");
        child.getStyleClass().add("section-title");
        returnClock.setId("returnClock");
        returnClock.getStyleClass().add("return-clock");
        returnClock.setWrapText(true);
        returnClock.setAccessibleRole(AccessibleRole.TEXT);
        episodes.setId("episodes");
        episodes.setPrefHeight(150);
        episodes.setMinHeight(100);
        episodes.setPlaceholder(new Label("No missing episodes recorded"));
        episodes.setAccessibleText("Missing episodes of this child");
        newEpisode.setId("newEpisode");

        episodeTitle.setId("episodeTitle");
        episodeTitle.getStyleClass().add("section-title");
        episodeTitle.setWrapText(true);
        returnedNow.setId("returnedNow");
        returnedNow.setAccessibleText("The child is back now");
        policeReference.setId("policeReference");
        policeReference.setAccessibleText("Police reference");
        MissingViews.text(episodeNotes, "episodeNotes", "Notes on the episode", "Where the child was found, by whom");
        saveEpisode.setId("saveEpisode");
        saveEpisode.getStyleClass().add("primary");
        saveEpisode.setMaxWidth(Double.MAX_VALUE);

        outcome.setId("outcome");
        outcome.getItems().setAll(InterviewOutcomes.WORDS.keySet());
        outcome.setConverter(InterviewOutcomes.converter());
        outcome.setAccessibleText("Where the return interview stands");
        outcome.setMaxWidth(Double.MAX_VALUE);
        heldLabel.setLabelFor(held.date);
        heldLabel.getStyleClass().add("field-label");
        heldBox.getChildren().setAll(heldLabel, held.box, heldAtError);
        interviewerRole.setId("interviewerRole");
        interviewerRole.setAccessibleText("Who held the interview");
        interviewerRole.setPromptText("e.g. independent return interview worker");
        MissingViews.text(childAccount, "childAccount", "The child's account",
                "Where they were, who with, in the child's words");
        MissingViews.text(pushFactors, "pushFactors", "Push factors", "What pushed them to go: home, school, ...");
        MissingViews.text(pullFactors, "pullFactors", "Pull factors", "What drew them away: a person, a place, ...");
        MissingViews.text(risksIdentified, "risksIdentified", "Risks identified", "Exploitation, harm, ...");
        completedBox.getChildren().setAll(MissingViews.field("The child's account", childAccount),
                MissingViews.field("Push factors", pushFactors),
                MissingViews.field("Pull factors", pullFactors),
                MissingViews.field("Risks identified", risksIdentified));
        MissingViews.text(followUp, "followUp", "Follow-up", "The actions agreed, by whom");
        MissingViews.text(notRequiredReason, "notRequiredReason", "Why no interview is needed",
                "Why, and who decided");
        notRequiredBox.getChildren().setAll(MissingViews.field("Why no interview is needed, and who decided",
                notRequiredReason, notRequiredReasonError));
        saveInterview.setId("saveInterview");
        saveInterview.getStyleClass().add("primary");
        saveInterview.setMaxWidth(Double.MAX_VALUE);
        interviewBox.setId("interviewBox");
        interviewBox.getChildren().setAll(
                MissingViews.section("Return interview"),
                MissingViews.field("Where it stands", outcome, outcomeError),
                MissingViews.field("Offered to the child", offered.box, offeredAtError),
                heldBox,
                MissingViews.field("Held by", interviewerRole),
                completedBox,
                notRequiredBox,
                MissingViews.field("Follow-up", followUp),
                interviewError,
                saveInterview);

        VBox form = new VBox(6,
                child, returnClock,
                MissingViews.section("Missing episodes"), episodes, newEpisode,
                new Separator(),
                episodeTitle,
                MissingViews.field("Went missing", went.box, wentMissingAtError),
                MissingViews.field("Came back (empty while still missing)", new VBox(4, returned.box, returnedNow),
                        returnedAtError),
                MissingViews.field("Police reference", policeReference, policeReferenceError),
                MissingViews.field("Notes", episodeNotes, episodeNotesError),
                saveEpisode,
                new Separator(),
                interviewBox);
        form.getStyleClass().add("content");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private Node statusBar() {
        status.setId("missingStatus");
        status.setWrapText(true);
        status.getStyleClass().add("status");
        syncNow.setId("syncNow");
        syncNow.setMaxWidth(Double.MAX_VALUE);
        VBox bar = new VBox(6, syncStatusSlot, status, syncNow);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
