package io.clientela.app.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %maskedMsg} in {@code logback.xml}: the event's message with the values it quotes {@link Mask masked}. */
public final class MaskedMessage extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Mask.text(event.getFormattedMessage());
    }
}
