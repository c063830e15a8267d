package io.clientela.action.rule;

import io.clientela.action.alert.DeliverySettings;
import io.clientela.action.alert.Recipient;
import io.clientela.action.alert.Route;
import io.clientela.action.alert.Routing;
import io.clientela.action.cases.Sla;
import io.clientela.core.UsageException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a rule file (YAML; see docs/actions.md). Every mistake, a YAML syntax error or a bad
 * condition inside a rule alike, is reported as {@code FILE line L, column C: problem}.
 */
public final class RuleFile {
    private static final Set<String> TOP = Set.of("rules", "recipients", "routing", "sla", "delivery");
    private static final Set<String> RULE_KEYS = Set.of("id", "description", "on", "schedule", "every", "when", "cooldown", "actions");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d|w)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private final String name;
    private final Yamls y;

    private RuleFile(String name, String text) {
        this.name = name;
        this.y = new Yamls(name, text);
    }

    public static RuleSet load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UsageException("cannot read rule file " + file + ": " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    public static RuleSet parse(String name, String text) {
        return new RuleFile(name, text).read(text);
    }

    private RuleSet read(String text) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem();
            throw y.error(m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1, "YAML syntax error: " + problem);
        }
        if (root == null) {
            throw y.error(1, 1, "the rule file is empty; it needs at least 'rules:'");
        }
        Map<String, Node> top = y.map(root, "the rule file", TOP);
        if (!top.containsKey("rules")) {
            throw y.error(root, "the rule file has no 'rules:' list");
        }
        Map<String, Recipient> recipients = recipients(top.get("recipients"));
        List<Route> routes = top.containsKey("routing") ? routes(top.get("routing"), recipients) : List.of(new Route.AccountOwner());
        Sla sla = top.containsKey("sla") ? sla(top.get("sla")) : Sla.DEFAULT;
        DeliverySettings delivery = top.containsKey("delivery") ? delivery(top.get("delivery")) : DeliverySettings.DEFAULT;
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Node rulesNode = top.get("rules");
        List<Node> ruleNodes = rulesNode instanceof ScalarNode s && s.getValue().isEmpty() ? List.of() : y.list(rulesNode, "rules");
        for (Node n : ruleNodes) {
            Rule r = rule(n, recipients);
            if (!ids.add(r.id())) {
                throw y.error(n, "rule id '" + r.id() + "' is used twice");
            }
            rules.add(r);
        }
        List<String> warnings = new ArrayList<>();
        for (Rule r : rules) {
            boolean emails = r.actions().stream().anyMatch(a -> a instanceof Action.Alert al && al.channels().contains("email"));
            if (emails && delivery.smtp() == null) {
                warnings.add("rule '" + r.id() + "' (line " + r.line() + ") sends e-mail but 'delivery: smtp:' is not set; its e-mail deliveries will fail");
            }
        }
        Loops.check(rules, name, warnings);
        return new RuleSet(name, rules, new Routing(routes, recipients), sla, delivery, warnings);
    }

    private Rule rule(Node node, Map<String, Recipient> recipients) {
        Map<String, Node> m = y.map(node, "a rule", RULE_KEYS);
        int line = node.getStartMark().getLine() + 1;
        if (!m.containsKey("id")) {
            throw y.error(node, "a rule needs an 'id'");
        }
        String id = y.scalar(m.get("id"), "id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw y.error(m.get("id"), "rule id '" + id + "' must be letters, digits, '-', '_' or '.'");
        }
        Set<String> on = new LinkedHashSet<>();
        if (m.containsKey("on")) {
            Node onNode = m.get("on");
            List<Node> kinds = onNode instanceof ScalarNode ? List.of(onNode) : y.list(onNode, "on");
            for (Node k : kinds) {
                String kind = y.scalar(k, "on");
                if (!Rule.KINDS.contains(kind)) {
                    throw y.error(k, "rule '" + id + "': 'on' must be event, feedback, order or ticket, found '" + kind + "'");
                }
                on.add(kind);
            }
        }
        String schedule = m.containsKey("schedule") ? y.scalar(m.get("schedule"), "schedule") : null;
        if (schedule != null && !Rule.SCHEDULES.contains(schedule)) {
            throw y.error(m.get("schedule"), "rule '" + id + "': 'schedule' must be customers or products, found '" + schedule + "'");
        }
        if (on.isEmpty() == (schedule == null)) {
            throw y.error(node, "rule '" + id + "' needs either 'on: feedback' (or event, order, ticket) to run on incoming items, "
                    + "or 'schedule: customers' (or products) to run as an early warning; not " + (on.isEmpty() ? "neither" : "both"));
        }
        Duration every = m.containsKey("every") ? duration(m.get("every")) : schedule == null ? null : Duration.ofDays(1);
        if (!m.containsKey("when")) {
            throw y.error(node, "rule '" + id + "' has no condition; add 'when: ...' (for example when: item.nps <= 6)");
        }
        Set<String> namespaces = schedule == null ? Set.of("item", "customer") : schedule.equals("customers") ? Set.of("customer") : Set.of("product");
        ScalarNode whenNode = scalarNode(m.get("when"), "when");
        Expr condition = expression(whenNode, whenNode.getValue(), 0, namespaces);
        if ("products".equals(schedule)) {
            productCalls(condition, whenNode);
        }
        Duration cooldown = m.containsKey("cooldown") ? duration(m.get("cooldown")) : null;
        if (!m.containsKey("actions")) {
            throw y.error(node, "rule '" + id + "' has no 'actions:'");
        }
        List<Action> actions = new ArrayList<>();
        for (Node a : y.list(m.get("actions"), "actions")) {
            actions.add(action(a, id, namespaces, recipients));
        }
        if (actions.isEmpty()) {
            throw y.error(m.get("actions"), "rule '" + id + "' has an empty 'actions:' list");
        }
        String description = m.containsKey("description") ? y.scalar(m.get("description"), "description") : null;
        return new Rule(id, description, on, schedule, every, whenNode.getValue(), condition, cooldown, actions, line);
    }

    private Action action(Node node, String id, Set<String> namespaces, Map<String, Recipient> recipients) {
        Map<String, Node> m = y.map(node, "an action", Set.of("alert", "case", "tag"));
        if (m.size() != 1) {
            throw y.error(node, "rule '" + id + "': each action is one of 'alert:', 'case:' or 'tag:' on its own '- ' line");
        }
        Map.Entry<String, Node> e = m.entrySet().iterator().next();
        Node v = e.getValue();
        switch (e.getKey()) {
            case "tag" -> {
                String tag = y.scalar(v, "tag");
                if (!tag.matches("[A-Za-z0-9][A-Za-z0-9_.:-]*")) {
                    throw y.error(v, "tag '" + tag + "' must be letters, digits, '-', '_', '.' or ':'");
                }
                return new Action.Tag(tag);
            }
            case "case" -> {
                Map<String, Node> c = v instanceof ScalarNode ? Map.of("priority", v) : y.map(v, "case", Set.of("priority", "title"));
                return new Action.OpenCase(priority(c.get("priority")), c.containsKey("title") ? template(c.get("title"), namespaces) : null);
            }
            default -> {
                Map<String, Node> a = y.map(v, "alert", Set.of("priority", "title", "recommend", "notify", "to", "webhook"));
                if (!a.containsKey("title")) {
                    throw y.error(v, "rule '" + id + "': an alert needs a 'title'");
                }
                List<String> notify = new ArrayList<>();
                if (a.containsKey("notify")) {
                    Node nn = a.get("notify");
                    for (Node ch : nn instanceof ScalarNode ? List.of(nn) : y.list(nn, "notify")) {
                        String channel = y.scalar(ch, "notify");
                        if (!channel.equals("email") && !channel.equals("webhook")) {
                            throw y.error(ch, "notify channels are email and webhook, found '" + channel + "'");
                        }
                        notify.add(channel);
                    }
                }
                String to = a.containsKey("to") ? y.scalar(a.get("to"), "to") : null;
                if (to != null && !recipients.containsKey(to) && !to.contains("@")) {
                    throw y.error(a.get("to"), "'" + to + "' is not under 'recipients:' and is not an e-mail address");
                }
                String webhook = a.containsKey("webhook") ? y.scalar(a.get("webhook"), "webhook") : null;
                if (webhook != null && !webhook.matches("https?://.+")) {
                    throw y.error(a.get("webhook"), "webhook must be an http:// or https:// URL, found '" + webhook + "'");
                }
                return new Action.Alert(priority(a.get("priority")), template(a.get("title"), namespaces),
                        a.containsKey("recommend") ? template(a.get("recommend"), namespaces) : null, notify, to, webhook);
            }
        }
    }

    private String priority(Node n) {
        if (n == null) {
            return "normal";
        }
        String p = y.scalar(n, "priority");
        if (!Sla.PRIORITIES.contains(p)) {
            throw y.error(n, "priority must be one of " + String.join(", ", Sla.PRIORITIES) + ", found '" + p + "'");
        }
        return p;
    }

    private Template template(Node node, Set<String> namespaces) {
        ScalarNode s = scalarNode(node, "text");
        String text = s.getValue();
        List<Object> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            parts.add(text.substring(last, m.start()));
            parts.add(expression(s, m.group(1), m.start(1), namespaces));
            last = m.end();
        }
        parts.add(text.substring(last));
        return new Template(text, parts);
    }

    private Expr expression(ScalarNode node, String src, int base, Set<String> namespaces) {
        try {
            return Parser.parse(src, namespaces);
        } catch (ExpressionException e) {
            int[] lc = y.position(node, base + e.offset());
            throw y.error(lc[0], lc[1], e.getMessage());
        }
    }

    private void productCalls(Expr e, ScalarNode node) {
        if (e instanceof Expr.Call c) {
            if (!c.args().isEmpty() && c.args().get(0) instanceof Expr.Literal l && "ticket".equals(l.value())) {
                int[] lc = y.position(node, l.at());
                throw y.error(lc[0], lc[1], "tickets are not about a product; a product rule can count event, feedback, order or return");
            }
        } else if (e instanceof Expr.Binary b) {
            productCalls(b.left(), node);
            productCalls(b.right(), node);
        } else if (e instanceof Expr.Unary u) {
            productCalls(u.operand(), node);
        } else if (e instanceof Expr.ListOf l) {
            l.items().forEach(i -> productCalls(i, node));
        }
    }

    private ScalarNode scalarNode(Node n, String what) {
        if (n instanceof ScalarNode s) {
            return s;
        }
        throw y.error(n, what + " must be a single value");
    }

    Duration duration(Node n) {
        String s = y.scalar(n, "a duration").strip();
        Matcher m = DURATION.matcher(s);
        if (!m.matches()) {
            throw y.error(n, "'" + s + "' is not a duration; write a number with ms, s, m, h, d or w, as in 7d");
        }
        double v = Double.parseDouble(m.group(1));
        long ms = Math.round(v * switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1000;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            case "d" -> 86_400_000;
            default -> 7 * 86_400_000L;
        });
        return Duration.ofMillis(ms);
    }

    private Map<String, Recipient> recipients(Node node) {
        Map<String, Recipient> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        y.map(node, "recipients", null).forEach((who, v) -> {
            Map<String, Node> r = y.map(v, "recipient '" + who + "'", Set.of("email", "webhook"));
            try {
                out.put(who, new Recipient(who, r.containsKey("email") ? y.scalar(r.get("email"), "email") : null,
                        r.containsKey("webhook") ? y.scalar(r.get("webhook"), "webhook") : null));
            } catch (IllegalArgumentException e) {
                throw y.error(v, e.getMessage());
            }
        });
        return out;
    }

    private List<Route> routes(Node node, Map<String, Recipient> recipients) {
        List<Route> out = new ArrayList<>();
        for (Node n : y.list(node, "routing")) {
            if (n instanceof ScalarNode s) {
                if (!s.getValue().equals("account_owner")) {
                    throw y.error(n, "a routing step is account_owner, region: {...}, product_line: {...} or fallback: QUEUE; found '" + s.getValue() + "'");
                }
                out.add(new Route.AccountOwner());
                continue;
            }
            Map<String, Node> m = y.map(n, "a routing step", Set.of("region", "product_line", "fallback"));
            Map.Entry<String, Node> e = m.entrySet().iterator().next();
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

    private void known(Node n, String who, Map<String, Recipient> recipients) {
        if (!recipients.containsKey(who) && !who.contains("@")) {
            throw y.error(n, "'" + who + "' is not under 'recipients:'; add it with its email and/or webhook");
        }
    }

    private Sla sla(Node node) {
        Map<String, Duration> times = new LinkedHashMap<>();
        y.map(node, "sla", Set.copyOf(Sla.PRIORITIES)).forEach((k, v) -> times.put(k, duration(v)));
        return new Sla(times);
    }

    private DeliverySettings delivery(Node node) {
        Map<String, Node> m = y.map(node, "delivery", Set.of("smtp", "attempts", "backoff", "timeout"));
        DeliverySettings.Smtp smtp = null;
        if (m.containsKey("smtp")) {
            Map<String, Node> s = y.map(m.get("smtp"), "smtp", Set.of("host", "port", "from", "user", "password_env"));
            for (String required : List.of("host", "port", "from")) {
                if (!s.containsKey(required)) {
                    throw y.error(m.get("smtp"), "smtp needs '" + required + "'");
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
            try {
                smtp = new DeliverySettings.Smtp(y.scalar(s.get("host"), "host"), integer(s.get("port")), y.scalar(s.get("from"), "from"),
                        s.containsKey("user") ? y.scalar(s.get("user"), "user") : null, password);
            } catch (IllegalArgumentException e) {
                throw y.error(m.get("smtp"), e.getMessage());
            }
        }
        DeliverySettings d = DeliverySettings.DEFAULT;
        try {
            return new DeliverySettings(smtp, m.containsKey("attempts") ? integer(m.get("attempts")) : d.attempts(),
                    m.containsKey("backoff") ? duration(m.get("backoff")) : d.backoff(), m.containsKey("timeout") ? duration(m.get("timeout")) : d.timeout());
        } catch (IllegalArgumentException e) {
            throw y.error(node, e.getMessage());
        }
    }

    private int integer(Node n) {
        String s = y.scalar(n, "a number");
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw y.error(n, "expected a whole number, found '" + s + "'");
        }
    }
}
