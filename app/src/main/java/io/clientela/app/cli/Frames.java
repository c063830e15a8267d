package io.clientela.app.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The admin channel's wire format: typed frames, each a type byte then a length-prefixed UTF-8 text
 * (or, for the exit code, an int). The command line sends {@link #HELLO} (its arguments, working
 * folder and secret as JSON) and answers questions; the server sends output, questions and the exit code.
 */
final class Frames implements AutoCloseable {
    static final byte HELLO = 'H';
    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte ASK_PASSWORD = 'P';
    static final byte ASK_LINE = 'L';
    static final byte ANSWER = 'R';
    static final byte NO_ANSWER = 'N';
    static final byte EXIT = 'X';
    private static final int MAX_TEXT = 16 << 20;

    private final DataInputStream in;
    private final DataOutputStream out;

    Frames(SocketChannel ch) {
        this.in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch)));
        this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch)));
    }

    /** One frame as read: its type and its text (or the exit code, for {@link #EXIT}). */
    record Frame(byte type, String text, int code) {
    }

    synchronized void text(byte type, String text) throws IOException {
        out.writeByte(type);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
        out.flush();
    }

    synchronized void exit(int code) throws IOException {
        out.writeByte(EXIT);
        out.writeInt(code);
        out.flush();
    }

    Frame read() throws IOException {
        byte type = in.readByte();
        if (type == EXIT) {
            return new Frame(type, null, in.readInt());
        }
        if (type == NO_ANSWER) {
            return new Frame(type, null, 0);
        }
        int n = in.readInt();
        if (n < 0 || n > MAX_TEXT) {
            throw new IOException("a frame of " + n + " bytes: not a Clientela admin channel");
        }
        return new Frame(type, new String(in.readNBytes(n), StandardCharsets.UTF_8), 0);
    }

    String readHello() throws IOException {
        Frame f = read();
        if (f.type() != HELLO) {
            throw new IOException("expected a command, got a frame of type " + (char) f.type());
        }
        return f.text();
    }

    /** Asks the command line for a password or a line of its standard input; null when it has none. */
    synchronized String ask(byte type, String prompt) throws IOException {
        text(type, prompt);
        Frame f = read();
        if (f.type() == NO_ANSWER) {
            return null;
        }
        if (f.type() != ANSWER) {
            throw new EOFException("the command line did not answer");
        }
        return f.text();
    }

    synchronized void noAnswer() throws IOException {
        out.writeByte(NO_ANSWER);
        out.flush();
    }

    /** A writer whose text goes out as frames of {@code type} on each flush. */
    Writer writer(byte type) {
        return new Writer() {
            private final StringBuilder pending = new StringBuilder();

            @Override
            public void write(char[] c, int off, int len) {
                synchronized (pending) {
                    pending.append(c, off, len);
                }
            }

            @Override
            public void flush() throws IOException {
                String s;
                synchronized (pending) {
                    s = pending.toString();
                    pending.setLength(0);
                }
                if (!s.isEmpty()) {
                    text(type, s);
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** A byte stream whose bytes go out as frames of {@code type} (UTF-8 text), each write at once. */
    OutputStream stream(byte type) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                try {
                    text(type, new String(b, off, len, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
