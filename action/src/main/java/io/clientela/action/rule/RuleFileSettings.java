package io.clientela.action.rule;

import io.clientela.action.alert.DeliverySettings;
import io.clientela.action.alert.Recipient;
import io.clientela.action.alert.Route;
import io.clientela.action.cases.Sla;
import io.clientela.action.rule.YamlNode.Scalar;
import io.clientela.core.UsageException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The sections of a rule file around its rules: {@code recipients:}, {@code routing:},
 * {@code sla:} and {@code delivery:}. A value the settings refuse is reported at its place in the file.
 */
final class RuleFileSettings {
    private final Yamls y;

    RuleFileSettings(Yamls y) {
        this.y = y;
    }

    Map<String, Recipient> recipients(YamlNode node) {
        Map<String, Recipient> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        y.map(node, "recipients", null).forEach((who, v) -> {
            Map<String, YamlNode> r = y.map(v, "recipient '" + who + "'", Set.of("email", "webhook"));
            String email = r.containsKey("email") ? y.scalar(r.get("email"), "email") : null;
            String webhook = r.containsKey("webhook") ? y.scalar(r.get("webhook"), "webhook") : null;
            out.put(who, at(v, () -> new Recipient(who, email, webhook)));
        });
        return out;
    }

    List<Route> routes(YamlNode node, Map<String, Recipient> recipients) {
        List<Route> out = new ArrayList<>();
        for (YamlNode n : y.list(node, "routing")) {
            if (n instanceof Scalar s) {
                if (!s.value().equals("account_owner")) {
                    throw y.error(n, "a routing step is account_owner, region: {...}, product_line: {...} or fallback: QUEUE; found '" + s.value() + "'");
                }
                out.add(new Route.AccountOwner());
                continue;
            }
            Map<String, YamlNode> m = y.map(n, "a routing step", Set.of("region", "product_line", "fallback"));
            Map.Entry<String, YamlNode> e = m.entrySet().iterator().next();
            if (e.getKey().equals("fallback")) {
                String q = y.scalar(e.getValue(), "fallback");
                known(e.getValue(), q, recipients);
                out.add(new Route.Fallback(q));
            } else {
                Map<String, String> teams = new LinkedHashMap<>();
                y.map(e.getValue(), e.getKey(), null).forEach((k, v) -> {
                    String team = y.scalar(v, k);
                    known(v, team, recipients);
                    teams.put(k, team);
                });
                out.add(e.getKey().equals("region") ? new Route.ByRegion(teams) : new Route.ByProductLine(teams));
            }
        }
        return out;
    }

    private void known(YamlNode n, String who, Map<String, Recipient> recipients) {
        if (!recipients.containsKey(who) && !who.contains("@")) {
            throw y.error(n, "'" + who + "' is not under 'recipients:'; add it with its email and/or webhook");
        }
    }

    Sla sla(YamlNode node) {
        Map<String, Duration> times = new LinkedHashMap<>();
        y.map(node, "sla", Set.copyOf(Sla.PRIORITIES)).forEach((k, v) -> {
            Duration d = y.duration(v);
            if (d.isZero()) {
                throw y.error(v, "the SLA for " + k + " must be longer than zero");
            }
            times.put(k, d);
        });
        return new Sla(times);
    }

    DeliverySettings delivery(YamlNode node) {
        Map<String, YamlNode> m = y.map(node, "delivery", Set.of("smtp", "outbox", "attempts", "backoff", "timeout"));
        DeliverySettings.Smtp smtp = m.containsKey("smtp") ? smtp(m.get("smtp")) : null;
        boolean outbox = false;
        if (m.containsKey("outbox")) {
            String v = y.scalar(m.get("outbox"), "outbox");
            if (!v.equals("true") && !v.equals("false")) {
                throw y.error(m.get("outbox"), "outbox is true (store alert e-mails in the workspace's outbox instead of sending them) or false, found '" + v + "'");
            }
            outbox = v.equals("true");
        }
        boolean toOutbox = outbox;
        DeliverySettings d = DeliverySettings.DEFAULT;
        int attempts = m.containsKey("attempts") ? y.integer(m.get("attempts")) : d.attempts();
        Duration backoff = m.containsKey("backoff") ? y.duration(m.get("backoff")) : d.backoff();
        Duration timeout = m.containsKey("timeout") ? y.duration(m.get("timeout")) : d.timeout();
        return at(node, () -> new DeliverySettings(smtp, toOutbox, attempts, backoff, timeout));
    }

    private DeliverySettings.Smtp smtp(YamlNode node) {
        Map<String, YamlNode> s = y.map(node, "smtp", Set.of("host", "port", "from", "user", "password_env"));
        for (String required : List.of("host", "port", "from")) {
            if (!s.containsKey(required)) {
                throw y.error(node, "smtp needs '" + required + "'");
            }
        }
        String password = null;
        if (s.containsKey("password_env")) {
            String env = y.scalar(s.get("password_env"), "password_env");
            password = System.getenv(env);
            if (password == null) {
                throw y.error(s.get("password_env"), "environment variable " + env + " (the SMTP password) is not set");
            }
        }
        String host = y.scalar(s.get("host"), "host");
        int port = y.integer(s.get("port"));
        String from = y.scalar(s.get("from"), "from");
        String user = s.containsKey("user") ? y.scalar(s.get("user"), "user") : null;
        String secret = password;
        return at(node, () -> new DeliverySettings.Smtp(host, port, from, user, secret));
    }

    /** Builds a value from values already read; its own checks' refusal is reported at {@code node}. */
    private <T> T at(YamlNode node, Supplier<T> build) {
        try {
            return build.get();
        } catch (RuleFileException e) {
            throw e;
        } catch (UsageException e) {
            throw y.error(node, e.getMessage());
        }
    }
}
