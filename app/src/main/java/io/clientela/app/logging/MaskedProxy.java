package io.clientela.app.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/** An exception as the log sees it, its message and its causes' {@link Mask masked}; the stack trace is left whole. */
record MaskedProxy(IThrowableProxy original) implements IThrowableProxy {
    /** The JDK's own messages for these name code, never data ({@code because "<local1>" is null}). */
    private static final String NPE = NullPointerException.class.getName();

    static IThrowableProxy of(IThrowableProxy p) {
        return p == null || p instanceof MaskedProxy ? p : new MaskedProxy(p);
    }

    @Override
    public String getMessage() {
        return NPE.equals(original.getClassName()) ? original.getMessage() : Mask.text(original.getMessage());
    }

    @Override
    public String getOverridingMessage() {
        return Mask.text(original.getOverridingMessage());
    }

    @Override
    public String getClassName() {
        return original.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
        return original.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
        return original.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
        return of(original.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
        IThrowableProxy[] s = original.getSuppressed();
        if (s == null) {
            return null;
        }
        IThrowableProxy[] out = new IThrowableProxy[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = of(s[i]);
        }
        return out;
    }

    @Override
    public boolean isCyclic() {
        return original.isCyclic();
    }
}
