package org.doorstep.mobile.visit;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/** The visit form's fields as a {@link VisitDraft}, both ways, and which label and control show each field's error. */
final class VisitFormFields {
    private final VisitView view;

    VisitFormFields(VisitView view) {
        this.view = view;
    }

    /** The form as typed. */
    VisitDraft read() {
        return new VisitDraft(view.childId.getEditor().getText(), dateValue(), view.visitTime.getText(),
                view.visitType.getValue(), view.seen.isSelected(), view.seenAlone.isSelected(),
                view.notAloneCode.getValue(), view.notAloneReason.getText(), VisitChoices.bedroom(view.bedroomSeen.getValue()),
                view.childViews.getText(), view.observations.getText(), view.actions.getText(), view.notes.getText());
    }

    /** Puts {@code draft} into the fields. */
    void fill(VisitDraft draft) {
        view.childId.setValue(draft.childId());
        view.childId.getEditor().setText(draft.childId() == null ? "" : draft.childId());
        view.visitDate.setValue(draft.date());
        view.visitDate.getEditor().setText(draft.date() == null ? "" : view.visitDate.getConverter().toString(draft.date()));
        view.visitTime.setText(draft.time());
        view.visitType.setValue(draft.type());
        view.seen.setSelected(draft.seen());
        view.seenAlone.setSelected(draft.seen() && draft.seenAlone());
        view.notAloneCode.setValue(draft.notAloneCode());
        view.notAloneReason.setText(draft.notAloneReason());
        view.bedroomSeen.setValue(VisitChoices.bedroomCode(draft.bedroomSeen()));
        view.childViews.setText(draft.childViews());
        view.observations.setText(draft.observations());
        view.actions.setText(draft.actions());
        view.notes.setText(draft.notes());
    }

    /** The picker's date, including one typed into its field and not yet committed. */
    LocalDate dateValue() {
        String typed = view.visitDate.getEditor().getText();
        try {
            return typed == null || typed.isBlank() ? null : view.visitDate.getConverter().fromString(typed);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    Label errorLabel(String field) {
        return switch (field == null ? "" : field) {
            case "childId" -> view.childIdError;
            case "seen", "seenAlone" -> view.seenAloneError;
            case "type" -> view.typeError;
            case "notAloneCode" -> view.notAloneCodeError;
            case "notAloneReason" -> view.notAloneReasonError;
            case "childViews" -> view.childViewsError;
            case "observations" -> view.observationsError;
            case "actions" -> view.actionsError;
            case "notes" -> view.notesError;
            default -> view.occurredAtError; // occurredAt, recordedAt (the device clock), id
        };
    }

    Control controlFor(String field) {
        return switch (field == null ? "" : field) {
            case "childId" -> view.childId;
            case "seen", "seenAlone" -> view.seen;
            case "type" -> view.visitType;
            case "notAloneCode" -> view.notAloneCode;
            case "notAloneReason" -> view.notAloneReason;
            case "childViews" -> view.childViews;
            case "observations" -> view.observations;
            case "actions" -> view.actions;
            case "notes" -> view.notes;
            default -> view.visitTime;
        };
    }

    void clearErrors() {
        for (Label label : List.of(view.childIdError, view.occurredAtError, view.typeError, view.seenAloneError,
                view.notAloneCodeError, view.notAloneReasonError, view.childViewsError, view.observationsError,
                view.actionsError, view.notesError)) {
            label.setText("");
        }
    }
}
