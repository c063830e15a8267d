package io.clientela.action.alert;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Why a delivery attempt failed, in words for the alert's last error: the messages along the cause
 * chain, each named for what went wrong when it says nothing itself (the HTTP client's failures to
 * connect often have no message). Never a Java class name: the text is shown to whoever reads the alert.
 */
final class DeliveryError {
    private static final Pattern CLASS_NAME = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?::\\s*|$)");
    private DeliveryError() {
    }

    static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 300; t = t.getCause() == t ? null : t.getCause()) {
            // a wrapper's message is often its cause's toString(), which starts with the class name
            String m = t.getMessage() == null ? "" : CLASS_NAME.matcher(t.getMessage().lines().findFirst().orElse("").strip()).replaceFirst("");
            String what = what(t);
            String part = what == null || m.toLowerCase(Locale.ROOT).contains(what) ? m : m.isEmpty() ? what : what + " (" + m + ")";
            if (!part.isEmpty() && b.indexOf(part) < 0 && (m.isEmpty() || b.indexOf(m) < 0)) {
                b.append(b.length() == 0 ? "" : ": ").append(part);
            }
        }
        return b.length() == 0 ? "failed without a reason given" : b.toString();
    }

    private static String what(Throwable t) {
        if (t instanceof ConnectException) {
            return "cannot connect";
        }
        if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
            return "timed out";
        }
        if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        if (t instanceof SSLException) {
            return "secure connection failed";
        }
        if (t instanceof InterruptedException) {
            return "interrupted";
        }
        return null;
    }
}
