package io.clientela.core;

/**
 * Root of Clientela's unchecked exceptions. Each subclass is named for what failed and carries a
 * message written for the person who ran the command or sent the request: it names the file, row,
 * field, parameter or workspace involved and, where possible, what to do about it. Its {@link Kind}
 * says what sort of failure it is, which is all the edges need: the command line prints the message
 * as one line and exits with {@link #exitCode()}; the HTTP server answers the kind's status with the
 * message as the problem's detail (a {@link Kind#FAULT} is logged and its detail withheld).
 */
public class ClientelaException extends RuntimeException {
    /** What sort of failure: the HTTP status and exit code follow from it. */
    public enum Kind {
        /** The command, request or configuration was used wrongly; nothing was changed. HTTP 400, exit 2. */
        USAGE(400, 2),
        /** The data or the request is well-formed but cannot be processed as it is. HTTP 422. */
        UNPROCESSABLE(422, 1),
        /** What was asked for does not exist (or is outside the caller's scope). HTTP 404. */
        NOT_FOUND(404, 1),
        /** The request conflicts with the current state (a case already closed). HTTP 409. */
        CONFLICT(409, 1),
        /** Too much at once: try again after a while. HTTP 429. */
        BUSY(429, 1),
        /** A part Clientela needs is not working right now; try again. HTTP 503. */
        UNAVAILABLE(503, 1),
        /** The request or file is larger than accepted. HTTP 413. */
        TOO_LARGE(413, 1),
        /** No valid credentials were given. HTTP 401. */
        UNAUTHORIZED(401, 1),
        /** Valid credentials that do not allow this. HTTP 403. */
        FORBIDDEN(403, 1),
        /** Clientela itself, its store or its disk failed: not the caller's fault. HTTP 500, logged. */
        FAULT(500, 1);

        private final int status;
        private final int exitCode;

        Kind(int status, int exitCode) {
            this.status = status;
            this.exitCode = exitCode;
        }

        /** The HTTP status that answers this kind of failure. */
        public int status() {
            return status;
        }

        /** The exit code of a command that fails this way. */
        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    /** Data or a request that cannot be processed ({@link Kind#UNPROCESSABLE}). */
    public ClientelaException(String message) {
        this(Kind.UNPROCESSABLE, message, null);
    }

    public ClientelaException(String message, Throwable cause) {
        this(Kind.UNPROCESSABLE, message, cause);
    }

    protected ClientelaException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** 1 when data, a request or Clientela failed, 2 when the command was used wrongly. */
    public int exitCode() {
        return kind.exitCode();
    }
}
