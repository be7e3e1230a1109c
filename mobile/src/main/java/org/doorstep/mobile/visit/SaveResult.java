package org.doorstep.mobile.visit;

import java.util.List;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.protocol.ApiError;

/** The outcome of saving the form: stored as waiting to sync, or refused with the errors per field. */
public sealed interface SaveResult permits SaveResult.Saved, SaveResult.Invalid {

    record Saved(LocalVisit visit) implements SaveResult {
    }

    /** Nothing was stored. Each error names a field of {@link org.doorstep.protocol.visit.Visit}. */
    record Invalid(List<ApiError> errors) implements SaveResult {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
