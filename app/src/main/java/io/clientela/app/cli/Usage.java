package io.clientela.app.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A wrong command line in words: an unknown command, subcommand or option with the nearest one
 * ("did you mean status?"), and picocli's other messages without Java type or exception names.
 */
final class Usage {
    private Usage() {
    }

    static String explain(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            CommandSpec spec = u.getCommandLine().getCommandSpec();
            String where = spec.qualifiedName();
            if (arg.startsWith("-")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                List<String> names = new ArrayList<>();
                for (OptionSpec o : spec.options()) {
                    if (!o.hidden()) {
                        names.addAll(List.of(o.names()));
                    }
                }
                return "unknown option '" + name + "' for '" + where + "'" + suggestion(name, names, u.getSuggestions());
            }
            if (!spec.subcommands().isEmpty() && u.getUnmatched().size() >= 1 && isCommandPosition(u)) {
                return "unknown command '" + arg + "' for '" + where + "'" + suggestion(arg, new ArrayList<>(spec.subcommands().keySet()), u.getSuggestions())
                        + "; the commands are " + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("analyse")).toList());
            }
            return "unexpected argument '" + arg + "' for '" + where + "'";
        }
        return clean(ex.getMessage());
    }

    /** Whether the unmatched word stands where a subcommand would (the command takes no positional parameters). */
    private static boolean isCommandPosition(CommandLine.UnmatchedArgumentException u) {
        return u.getCommandLine().getCommandSpec().positionalParameters().isEmpty();
    }

    private static String suggestion(String typed, List<String> candidates, List<String> picocli) {
        Optional<String> near = nearest(typed, candidates);
        if (near.isEmpty() && !picocli.isEmpty() && !typed.startsWith("-")) {
            near = Optional.of(picocli.get(0));
        }
        return near.map(n -> "; did you mean " + n + "?").orElse("");
    }

    /** The candidate fewest edits away, when it is close enough to be a slip (at most 2 edits and under half the word). */
    static Optional<String> nearest(String typed, List<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        return candidates.stream().filter(c -> {
            int d = distance(t, c.toLowerCase(Locale.ROOT));
            return d <= Math.max(1, Math.min(3, c.length() / 2)) && d < Math.max(c.length(), 2);
        }).min(Comparator.comparingInt((String c) -> distance(t, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c));
    }

    /** Edit distance with swaps of neighbours (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** picocli's message with Java type names put in words and exception names left out. */
    static String clean(String message) {
        if (message == null) {
            return "the command line is not valid";
        }
        String m = message.replaceAll("\\s*\\((java|javax|picocli|io\\.clientela)\\.[^)]*\\)", "")
                .replace("to LocalDate", "to a date (YYYY-MM-DD)")
                .replace("to Path", "to a file path")
                .replace("to Duration", "to a duration")
                .replace("to Instant", "to a time (ISO-8601)");
        m = m.replaceAll("(java|javax)\\.[A-Za-z0-9_.$]+", "a value");
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
