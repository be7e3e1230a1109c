package org.doorstep.mobile.store;

import java.util.Objects;

/** The arguments both draft stores accept. */
final class DraftKeys {
    private DraftKeys() {
    }

    static void check(String formKey, String content) {
        Objects.requireNonNull(formKey, "formKey");
        Objects.requireNonNull(content, "content");
        if (formKey.isBlank()) {
            throw new IllegalArgumentException("formKey must not be blank");
        }
    }
}
