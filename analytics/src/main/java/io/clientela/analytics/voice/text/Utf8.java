package io.clientela.analytics.voice.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes bytes as UTF-8, replacing each malformed or unmappable sequence by U+FFFD and counting them. */
public final class Utf8 {
    private Utf8() {
    }

    /** Text decoded from bytes and how many invalid byte sequences were replaced by U+FFFD. */
    public record Decoded(String text, int invalidSequences) {
        public Decoded {
            if (text == null) {
                throw new IllegalArgumentException("text must not be null");
            }
            if (invalidSequences < 0) {
                throw new IllegalArgumentException("invalidSequences must be >= 0, was " + invalidSequences);
            }
        }
    }

    /** Decodes {@code bytes[from, to)}. */
    public static Decoded decode(byte[] bytes, int from, int to) {
        if (ascii(bytes, from, to)) {
            return new Decoded(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1), 0);
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(Math.max(16, to - from));
        int invalid = 0;
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                invalid++;
                in.position(in.position() + r.length());
                out = room(out, 1);
                out.put('\uFFFD');
            } else if (r.isOverflow()) {
                out = room(out, out.capacity());
            } else {
                break;
            }
        }
        d.flush(out);
        out.flip();
        return new Decoded(out.toString(), invalid);
    }

    private static boolean ascii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Decodes all of {@code bytes}. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    private static CharBuffer room(CharBuffer out, int more) {
        if (out.remaining() >= more) {
            return out;
        }
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + more);
        out.flip();
        bigger.put(out);
        return bigger;
    }

}
