package io.clientela.app.rest;

import io.clientela.core.ClientelaException;

/** An HTTP error with its status, rendered as {@code {"title", "status", "detail"}} by {@link Problems}. */
public class Problem extends ClientelaException {
    private final int status;
    private final String title;

    public Problem(int status, String title, String detail) {
        super(detail);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status: expected 400-599, got " + status);
        }
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "Bad request", detail);
    }

    public static Problem unauthorized(String detail) {
        return new Problem(401, "Unauthorized", detail);
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Not found", detail);
    }
}
