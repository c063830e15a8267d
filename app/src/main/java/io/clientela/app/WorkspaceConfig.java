package io.clientela.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.clientela.analytics.value.abc.Cutoffs;
import io.clientela.analytics.value.quadrant.Thresholds;
import io.clientela.analytics.value.rfm.ScoreRange;
import io.clientela.analytics.value.rfm.SegmentRule;
import io.clientela.analytics.value.rfm.Segments;
import io.clientela.app.logging.LogLevel;
import io.clientela.app.logging.LogSettings;
import io.clientela.core.UsageException;
import io.clientela.ingest.Rules;
import io.clientela.service.access.AuthSettings;
import io.clientela.ingest.collect.CollectorSettings;
import io.clientela.service.value.ValueSettings;
import io.clientela.store.Json;
import io.clientela.store.profiles.SurvivorshipPolicy;
import io.clientela.store.value.Currency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A workspace's own settings, from {@code clientela.yaml} in the workspace folder (all optional):
 * <pre>
 * rules:                 # field-rule overrides, same shape as default-rules.yaml
 *   order_lines:
 *     quantity: {min: 0}
 * identity:
 *   default_country: GB  # for phone numbers written without a country code
 *   survivorship:
 *     default: most_recent          # or source_priority
 *     source_priority: [crm, shop]
 *     fields: {email: source_priority}
 * currency:              # needed when orders are in more than one currency
 *   base: USD
 *   rates: {EUR: 0.92, GBP: 0.79}    # units per 1 USD
 * value:                 # customer-value analyses; every key optional (defaults shown)
 *   period: week         # time unit of the purchase models: day, week, month
 *   model: bgnbd         # or pareto_nbd
 *   clv: {horizon_months: 12, annual_discount_rate: 0.10, margin: 0.3}   # margin default: from product costs, else 1
 *   abc: {by: revenue, a: 0.80, b: 0.95}
 *   quadrant: {satisfaction: median, revenue: median}                  # or numbers
 *   rfm_segments:        # replaces the default definitions; first match wins
 *     - {segment: champions, r: "5", fm: "4-5"}
 * logging:               # see LogSettings; CLIENTELA_LOG_LEVEL overrides it
 *   level: info          # Clientela's own loggers: off, error, warn, info, debug, trace
 *   access_log: true     # logs/access.log, one line per HTTP request
 *   loggers: {clientela.sql: debug}   # any logger by name
 * auth:                  # the sign-in (docs/dashboard.md); every key optional (defaults shown)
 *   secure_cookie: auto  # Secure flag on the session cookie: auto (when the request is HTTPS or
 *                        # X-Forwarded-Proto says https), true, false
 *   session_hours: 8
 *   max_failures: 5      # failed logins per user name, and per address, within the window
 *   failure_window_minutes: 15
 * privacy:
 *   min_group_size: 5    # aggregates shown to roles without personal data withhold groups of fewer customers (1 = off)
 * collector:
 *   strip_query_params: [key, token, email]   # taken out of collected url and referrer; replaces the default list
 * </pre>
 * A bad file fails at start-up with its line, never mid-import.
 */
public record WorkspaceConfig(Rules rules, SurvivorshipPolicy survivorship, String defaultCountry, ValueSettings value, LogSettings logging,
                              AuthSettings auth, int minGroupSize, CollectorSettings collector) {

    public static final String FILE = "clientela.yaml";
    /** The default of {@code privacy.min_group_size}. */
    public static final int MIN_GROUP_SIZE = 5;

    public static WorkspaceConfig load(Path workspaceDir) {
        Path file = workspaceDir.resolve(FILE);
        Rules defaults = Rules.defaults();
        if (!Files.exists(file)) {
            return new WorkspaceConfig(defaults, SurvivorshipPolicy.DEFAULT, "US", ValueSettings.DEFAULTS, LogSettings.DEFAULT, AuthSettings.DEFAULT, MIN_GROUP_SIZE, CollectorSettings.DEFAULT);
        }
        ObjectMapper yaml = Json.YAML;
        Yaml y;
        try {
            y = yaml.readValue(file.toFile(), Yaml.class);
        } catch (ValueInstantiationException e) {
            // a value refused by its type (a log level): its own message, not Jackson's account of the class
            throw new UsageException(file + " line " + e.getLocation().getLineNr() + ": "
                    + (e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage()));
        } catch (UnrecognizedPropertyException e) {
            throw new UsageException(file + " line " + lineOf(file, e) + ": unknown key '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            throw new UsageException(file + " line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
        if (y == null) {
            return new WorkspaceConfig(defaults, SurvivorshipPolicy.DEFAULT, "US", ValueSettings.DEFAULTS, LogSettings.DEFAULT, AuthSettings.DEFAULT, MIN_GROUP_SIZE, CollectorSettings.DEFAULT);
        }
        Rules rules = y.rules() == null ? defaults : defaults.with(y.rules(), file.toString());
        Identity id = y.identity() == null ? new Identity(null, null) : y.identity();
        String country = id.defaultCountry() == null ? "US" : id.defaultCountry().toUpperCase(Locale.ROOT);
        return new WorkspaceConfig(rules, survivorship(file, id.survivorship()), country, value(file, y.value(), y.currency()), logging(file, y.logging()),
                auth(file, y.auth()), minGroupSize(file, y.privacy()), collector(file, y.collector()));
    }

    private static AuthSettings auth(Path file, AuthYaml a) {
        if (a == null) {
            return AuthSettings.DEFAULT;
        }
        AuthSettings d = AuthSettings.DEFAULT;
        try {
            return new AuthSettings(a.sessionHours() == null ? d.sessionTtl() : Duration.ofHours(a.sessionHours()),
                    Objects.requireNonNullElse(a.maxFailures(), d.maxFailures()),
                    a.failureWindowMinutes() == null ? d.failureWindow() : Duration.ofMinutes(a.failureWindowMinutes()),
                    a.secureCookie() == null ? d.secureCookie() : AuthSettings.SecureCookie.parse(a.secureCookie()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": auth." + e.getMessage());
        }
    }

    private static int minGroupSize(Path file, PrivacyYaml p) {
        if (p == null || p.minGroupSize() == null) {
            return MIN_GROUP_SIZE;
        }
        if (p.minGroupSize() < 1 || p.minGroupSize() > 1000) {
            throw new UsageException(file + ": privacy.min_group_size must be a whole number from 1 (no minimum) to 1000, not " + p.minGroupSize());
        }
        return p.minGroupSize();
    }

    private static CollectorSettings collector(Path file, CollectorYaml c) {
        if (c == null || c.stripQueryParams() == null) {
            return CollectorSettings.DEFAULT;
        }
        try {
            return new CollectorSettings(c.stripQueryParams());
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }

    private static LogSettings logging(Path file, LoggingYaml l) {
        if (l == null) {
            return LogSettings.DEFAULT;
        }
        try {
            return new LogSettings(Objects.requireNonNullElse(l.level(), LogLevel.INFO), !Boolean.FALSE.equals(l.accessLog()),
                    l.loggers() == null ? Map.of() : l.loggers());
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }

    /**
     * The line of the unknown key. Jackson reads a record's keys before it refuses one, so its own
     * location is the end of the section; the key's line is found by reading the file again.
     */
    private static int lineOf(Path file, UnrecognizedPropertyException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            String name = r.getFieldName();
            pointer.append('/').append(name != null ? name.replace("~", "~0").replace("/", "~1") : String.valueOf(r.getIndex()));
        }
        try (JsonParser p = Json.YAML.getFactory().createParser(file.toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.getParsingContext().pathAsPointer().toString().equals(pointer.toString())) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException ignored) {
            // the file was read a moment ago; fall back on Jackson's location
        }
        return e.getLocation().getLineNr();
    }

    private static SurvivorshipPolicy survivorship(Path file, Survivorship s) {
        if (s == null) {
            return SurvivorshipPolicy.DEFAULT;
        }
        try {
            Map<String, SurvivorshipPolicy.Strategy> fields = new LinkedHashMap<>();
            if (s.fields() != null) {
                s.fields().forEach((k, v) -> fields.put(k, strategy(v)));
            }
            return new SurvivorshipPolicy(s.defaultStrategy() == null ? SurvivorshipPolicy.Strategy.MOST_RECENT : strategy(s.defaultStrategy()),
                    fields, s.sourcePriority() == null ? List.of() : s.sourcePriority());
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": identity." + e.getMessage());
        }
    }

    private static ValueSettings value(Path file, ValueYaml v, CurrencyYaml cy) {
        try {
            Currency currency = cy == null ? Currency.SINGLE
                    : new Currency(Objects.requireNonNull(cy.base(), "currency.base is required"), cy.rates() == null ? Map.of() : cy.rates());
            if (v == null) {
                v = new ValueYaml(null, null, null, null, null, null);
            }
            ClvYaml clv = v.clv() == null ? new ClvYaml(null, null, null) : v.clv();
            AbcYaml abc = v.abc() == null ? new AbcYaml(null, null, null) : v.abc();
            QuadrantYaml q = v.quadrant() == null ? new QuadrantYaml(null, null) : v.quadrant();
            Segments segments = v.rfmSegments() == null ? Segments.defaults() : new Segments(v.rfmSegments().stream()
                    .map(r -> new SegmentRule(r.segment(), range(r.r()), range(r.f()), range(r.m()), range(r.fm()))).toList());
            return new ValueSettings(Objects.requireNonNullElse(v.period(), "week"), Objects.requireNonNullElse(v.model(), "bgnbd"),
                    Objects.requireNonNullElse(clv.horizonMonths(), 12), Objects.requireNonNullElse(clv.annualDiscountRate(), 0.10), clv.margin(),
                    Objects.requireNonNullElse(abc.by(), "revenue"),
                    new Cutoffs(Objects.requireNonNullElse(abc.a(), Cutoffs.DEFAULT.a()), Objects.requireNonNullElse(abc.b(), Cutoffs.DEFAULT.b())),
                    new Thresholds(threshold(q.satisfaction()), threshold(q.revenue())), segments, currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }

    private static ScoreRange range(String text) {
        return text == null ? null : ScoreRange.parse(text);
    }

    private static double threshold(String text) {
        if (text == null || text.equals("median")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a quadrant threshold is 'median' or a number, not '" + text + "'");
        }
    }

    private static SurvivorshipPolicy.Strategy strategy(String s) {
        try {
            return SurvivorshipPolicy.Strategy.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("survivorship: '" + s + "' is not most_recent or source_priority");
        }
    }

    record Yaml(Map<String, Map<String, Rules.RuleYaml>> rules, Identity identity, CurrencyYaml currency, ValueYaml value, LoggingYaml logging,
                AuthYaml auth, PrivacyYaml privacy, CollectorYaml collector) {
    }

    record AuthYaml(@JsonProperty("secure_cookie") String secureCookie, @JsonProperty("session_hours") Integer sessionHours,
                    @JsonProperty("max_failures") Integer maxFailures, @JsonProperty("failure_window_minutes") Integer failureWindowMinutes) {
    }

    record PrivacyYaml(@JsonProperty("min_group_size") Integer minGroupSize) {
    }

    record CollectorYaml(@JsonProperty("strip_query_params") List<String> stripQueryParams) {
    }

    record LoggingYaml(LogLevel level, @JsonProperty("access_log") Boolean accessLog, Map<String, LogLevel> loggers) {
    }

    record CurrencyYaml(String base, Map<String, Double> rates) {
    }

    record ValueYaml(String period, String model, ClvYaml clv, AbcYaml abc, QuadrantYaml quadrant,
                     @JsonProperty("rfm_segments") List<SegmentYaml> rfmSegments) {
    }

    record ClvYaml(@JsonProperty("horizon_months") Integer horizonMonths, @JsonProperty("annual_discount_rate") Double annualDiscountRate,
                   Double margin) {
    }

    record AbcYaml(String by, Double a, Double b) {
    }

    record QuadrantYaml(String satisfaction, String revenue) {
    }

    record SegmentYaml(String segment, String r, String f, String m, String fm) {
    }

    record Identity(@JsonProperty("default_country") String defaultCountry, Survivorship survivorship) {
    }

    record Survivorship(@JsonProperty("default") String defaultStrategy, @JsonProperty("source_priority") List<String> sourcePriority,
                        Map<String, String> fields) {
    }
}
