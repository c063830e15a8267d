package io.clientela.action.alert;

/** A way to deliver an alert to a target (an e-mail address, a webhook URL). */
interface Channel {
    /** Sends the alert or throws with a message saying why it could not. */
    void send(Alert alert, String target) throws Exception;
}
