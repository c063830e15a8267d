package io.clientela.action.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.junit.jupiter.api.Test;

class DeliveryErrorTest {

    @Test
    void failures_without_a_message_are_named_for_what_went_wrong() {
        ConnectException noHost = new ConnectException();
        noHost.initCause(new UnresolvedAddressException());
        assertThat(DeliveryError.describe(noHost)).isEqualTo("cannot connect: unknown host");
        assertThat(DeliveryError.describe(new HttpTimeoutException("request timed out"))).isEqualTo("request timed out");
        assertThat(DeliveryError.describe(new UnknownHostException("mail.example"))).isEqualTo("unknown host (mail.example)");
        assertThat(DeliveryError.describe(new IOException((String) null))).isEqualTo("failed without a reason given");
    }

    @Test
    void no_java_class_name_reaches_the_alert_even_when_a_wrapper_repeats_its_cause() {
        IOException wrapped = new IOException(new ConnectException("Connection refused"));
        assertThat(wrapped.getMessage()).startsWith("java.net.ConnectException");
        assertThat(DeliveryError.describe(wrapped)).isEqualTo("Connection refused");
        assertThat(DeliveryError.describe(new IOException("HTTP 503: busy\n<html>...</html>"))).isEqualTo("HTTP 503: busy");
    }
}
