package io.clientela.action;

import io.clientela.core.ClientelaException;

/** Something about acting on data failed: an unknown case or alert, a case moved against its lifecycle. */
public class ActionException extends ClientelaException {

    public ActionException(String message) {
        super(message);
    }

    public ActionException(String message, Throwable cause) {
        super(message, cause);
    }
}
