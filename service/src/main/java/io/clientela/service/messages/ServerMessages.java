package io.clientela.service.messages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's error messages in the dashboard's languages. Each language's catalogue
 * ({@code <lang>.tsv} beside this class) pairs an English template, whose varying parts are {@code {0}},
 * {@code {1}}..., with its translation; a message matching no template stays in English, so a new
 * message is never lost, only untranslated. The language is the first of the request's
 * {@code Accept-Language} that the dashboard has (the dashboard sends the one its user chose);
 * English otherwise, so scripts that send none get the messages as documented.
 */
public final class ServerMessages {
    public static final List<String> LANGUAGES = List.of("es", "zh", "hu");
    private static final Pattern PLACE = Pattern.compile("\\{(\\d)}");
    private static final Map<String, List<Template>> CATALOGUES = Map.of("es", load("es"), "zh", load("zh"), "hu", load("hu"));

    /** One English template as a pattern, the translation, and which group each {n} of the translation takes. */
    private record Template(Pattern english, List<Integer> order, String translated) {
    }

    private ServerMessages() {
    }

    /** The dashboard language the request asks for, or {@code en}. */
    public static String language(String acceptLanguage) {
        if (acceptLanguage == null) {
            return "en";
        }
        for (String part : acceptLanguage.split(",")) {
            String tag = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            String primary = tag.split("-")[0];
            if (primary.equals("en")) {
                return "en";
            }
            if (LANGUAGES.contains(primary)) {
                return primary;
            }
        }
        return "en";
    }

    /** {@code english} in {@code lang}, or {@code english} itself when the catalogue has no template for it. */
    public static String translate(String lang, String english) {
        List<Template> catalogue = CATALOGUES.get(lang);
        if (catalogue == null || english == null) {
            return english;
        }
        for (Template t : catalogue) {
            Matcher m = t.english().matcher(english);
            if (m.matches()) {
                String out = t.translated();
                for (int i = 0; i < m.groupCount(); i++) {
                    out = out.replace("{" + t.order().get(i) + "}", m.group(i + 1));
                }
                return out;
            }
        }
        return english;
    }

    private static List<Template> load(String lang) {
        String name = lang + ".tsv";
        try (InputStream in = ServerMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the message catalogue " + name + " is missing from this build");
            }
            List<Template> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 2) {
                    throw new IllegalStateException(name + ": expected 'English template<TAB>translation', found: " + line);
                }
                out.add(compile(cols[0], cols[1]));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Template compile(String english, String translated) {
        StringBuilder regex = new StringBuilder();
        List<Integer> order = new ArrayList<>();
        Matcher m = PLACE.matcher(english);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(at, m.start()))).append("(.*?)");
            order.add(Integer.parseInt(m.group(1)));
            at = m.end();
        }
        regex.append(Pattern.quote(english.substring(at)));
        return new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(order), translated);
    }
}
