package org.doorstep.server.dashboard.web;

import io.micronaut.http.HttpStatus;

/**
 * A page refused to the signed-in person (their role, or a child or worker outside their scope), or asked for
 * with something wrong in it. Shown as a page with the title and the message; never names data the person
 * may not see.
 */
public class PageRefusal extends RuntimeException {
    private final HttpStatus status;
    private final String title;

    public PageRefusal(HttpStatus status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    public static PageRefusal forbidden(String message) {
        return new PageRefusal(HttpStatus.FORBIDDEN, "Not available to you", message);
    }

    public static PageRefusal badRequest(String message) {
        return new PageRefusal(HttpStatus.BAD_REQUEST, "Something in the address is not right", message);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
