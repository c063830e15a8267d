package io.clientela.app.cli;

import io.clientela.core.UsageException;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The one {@code --format csv|json|table} option of every command that lists things. The global
 * {@code --json} means {@code --format json}, and the older {@code --csv} (hidden) {@code --format csv}.
 */
final class FormatOption {
    /** How a listing is printed. */
    enum Kind { TABLE, CSV, JSON }

    @Option(names = "--format", paramLabel = "table|csv|json", description = "Print as an aligned table (the default), CSV or JSON; --json is --format json.")
    String format;

    @Option(names = "--csv", hidden = true, description = "The same as --format csv.")
    boolean csv;

    /** The format asked for; {@code json} is the global --json flag. A format that is none of the three is a usage error. */
    Kind kind(boolean json) {
        if (format != null) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            Kind k = switch (f) {
                case "table", "text" -> Kind.TABLE;
                case "csv" -> Kind.CSV;
                case "json" -> Kind.JSON;
                default -> throw new UsageException("--format must be table, csv or json, not '" + format + "'");
            };
            if (json && k != Kind.JSON) {
                throw new UsageException("--json asks for JSON but --format asks for " + f + "; give one of them");
            }
            return k;
        }
        return json ? Kind.JSON : csv ? Kind.CSV : Kind.TABLE;
    }
}
