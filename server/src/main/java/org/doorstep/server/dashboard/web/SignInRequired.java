package org.doorstep.server.dashboard.web;

/** A dashboard page was asked for without a live browser session (e.g. with an API token): sign in first. */
public class SignInRequired extends RuntimeException {
    public SignInRequired() {
        super("Sign in to the dashboard first");
    }
}
