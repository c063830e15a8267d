package io.clientela.app.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A login sent over a plain socket from a chosen local address (127.0.0.2, 127.0.0.3, ...), so a
 * test can play many clients at once: Java's HTTP client cannot choose the address it sends from.
 */
final class RawLogin {
    private RawLogin() {
    }

    /** The answer's status and headers (names lower-cased). */
    record Answer(int status, List<String> headers, String body) {
        List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix)).map(h -> h.substring(prefix.length()).strip()).toList();
        }
    }

    /** {@code POST /auth/login} with a JSON body, from {@code from} to the server on 127.0.0.1:{@code port}. */
    static Answer post(int port, String from, String user, String password) {
        String body = "{\"username\":" + Http.JSON.valueToTree(user) + ",\"password\":" + Http.JSON.valueToTree(password) + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /auth/login HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\nContent-Length: "
                + bytes.length + "\r\nConnection: close\r\n\r\n";
        try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return parse(readAll(s.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("login from " + from + ": " + e.getMessage(), e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = (end < 0 ? raw : raw.substring(0, end)).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
        return new Answer(status, headers, end < 0 ? "" : raw.substring(end + 4));
    }
}
