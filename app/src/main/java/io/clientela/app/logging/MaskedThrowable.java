package io.clientela.app.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * {@code %maskedEx} in {@code logback.xml}: the exception with its stack trace and causes, as
 * {@code %ex} writes it (same options: {@code full}, {@code short}, a number of lines), with the
 * values its messages quote {@link Mask masked}.
 */
public final class MaskedThrowable extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return super.throwableProxyToString(MaskedProxy.of(tp));
    }
}
