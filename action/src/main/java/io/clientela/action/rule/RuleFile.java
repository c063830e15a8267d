package io.clientela.action.rule;

import io.clientela.action.alert.DeliverySettings;
import io.clientela.action.alert.Recipient;
import io.clientela.action.alert.Route;
import io.clientela.action.alert.Routing;
import io.clientela.action.cases.Sla;
import io.clientela.action.rule.YamlNode.Scalar;
import io.clientela.core.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule file (YAML; see docs/actions.md). Every mistake, a YAML syntax error or a bad
 * condition inside a rule alike, is reported as {@code FILE line L, column C: problem}. The rules
 * are read here; recipients, routing, SLA and delivery by {@link RuleFileSettings}.
 */
public final class RuleFile {
    private static final Set<String> TOP = Set.of("rules", "recipients", "routing", "sla", "delivery");
    private static final Set<String> RULE_KEYS = Set.of("id", "description", "on", "schedule", "every", "when", "cooldown", "actions");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private final String name;
    private final Yamls y;
    /** The kinds the rule being read runs on (empty for a scheduled rule): which item fields its expressions may read. */
    private Set<String> ruleOn = Set.of();
    private String ruleId;
    /** Warnings about names read from open sets (a customer attribute), for {@code rules check}. */
    private final List<String> fieldWarnings = new ArrayList<>();

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
        YamlNode root = YamlTree.read(y, text);
        if (root == null) {
            throw y.error(1, 1, "the rule file is empty; it needs at least 'rules:'");
        }
        Map<String, YamlNode> top = y.map(root, "the rule file", TOP);
        if (!top.containsKey("rules")) {
            throw y.error(root, "the rule file has no 'rules:' list");
        }
        RuleFileSettings settings = new RuleFileSettings(y);
        Map<String, Recipient> recipients = settings.recipients(top.get("recipients"));
        List<Route> routes = top.containsKey("routing") ? settings.routes(top.get("routing"), recipients) : List.of(new Route.AccountOwner());
        Sla sla = top.containsKey("sla") ? settings.sla(top.get("sla")) : Sla.DEFAULT;
        DeliverySettings delivery = top.containsKey("delivery") ? settings.delivery(top.get("delivery")) : DeliverySettings.DEFAULT;
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        YamlNode rulesNode = top.get("rules");
        List<YamlNode> ruleNodes = rulesNode instanceof Scalar s && s.value().isEmpty() ? List.of() : y.list(rulesNode, "rules");
        for (YamlNode n : ruleNodes) {
            Rule r = rule(n, recipients);
            if (!ids.add(r.id())) {
                throw y.error(n, "rule id '" + r.id() + "' is used twice");
            }
            rules.add(r);
        }
        List<String> warnings = new ArrayList<>(fieldWarnings);
        for (Rule r : rules) {
            boolean emails = r.actions().stream().anyMatch(a -> a instanceof Action.Alert al && al.channels().contains("email"));
            if (emails && delivery.smtp() == null && !delivery.outbox()) {
                warnings.add("rule '" + r.id() + "' (line " + r.line() + ") sends e-mail but 'delivery: smtp:' is not set; its e-mail deliveries will fail");
            }
        }
        Loops.check(rules, name, warnings);
        return new RuleSet(name, rules, new Routing(routes, recipients), sla, delivery, warnings);
    }

    private Rule rule(YamlNode node, Map<String, Recipient> recipients) {
        Map<String, YamlNode> m = y.map(node, "a rule", RULE_KEYS);
        if (!m.containsKey("id")) {
            throw y.error(node, "a rule needs an 'id'");
        }
        String id = y.scalar(m.get("id"), "id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw y.error(m.get("id"), "rule id '" + id + "' must be letters, digits, '-', '_' or '.'");
        }
        Set<String> on = new LinkedHashSet<>();
        if (m.containsKey("on")) {
            YamlNode onNode = m.get("on");
            for (YamlNode k : onNode instanceof Scalar ? List.of(onNode) : y.list(onNode, "on")) {
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
        Duration every = m.containsKey("every") ? y.duration(m.get("every")) : schedule == null ? null : Duration.ofDays(1);
        if (!m.containsKey("when")) {
            throw y.error(node, "rule '" + id + "' has no condition; add 'when: ...' (for example when: item.nps <= 6)");
        }
        Set<String> namespaces = schedule == null ? Set.of("item", "customer") : schedule.equals("customers") ? Set.of("customer") : Set.of("product");
        ruleOn = Set.copyOf(on);
        ruleId = id;
        Scalar whenNode = scalarNode(m.get("when"), "when");
        Expr condition = expression(whenNode, whenNode.value(), 0, namespaces);
        if ("products".equals(schedule)) {
            productCalls(condition, whenNode);
        }
        Duration cooldown = m.containsKey("cooldown") ? y.duration(m.get("cooldown")) : null;
        if (!m.containsKey("actions")) {
            throw y.error(node, "rule '" + id + "' has no 'actions:'");
        }
        List<Action> actions = new ArrayList<>();
        for (YamlNode a : y.list(m.get("actions"), "actions")) {
            actions.add(action(a, id, namespaces, recipients));
        }
        if (actions.isEmpty()) {
            throw y.error(m.get("actions"), "rule '" + id + "' has an empty 'actions:' list");
        }
        String description = m.containsKey("description") ? y.scalar(m.get("description"), "description") : null;
        return new Rule(id, description, on, schedule, every, whenNode.value(), condition, cooldown, actions, node.line());
    }

    private Action action(YamlNode node, String id, Set<String> namespaces, Map<String, Recipient> recipients) {
        Map<String, YamlNode> m = y.map(node, "an action", Set.of("alert", "case", "tag"));
        if (m.size() != 1) {
            throw y.error(node, "rule '" + id + "': each action is one of 'alert:', 'case:' or 'tag:' on its own '- ' line");
        }
        Map.Entry<String, YamlNode> e = m.entrySet().iterator().next();
        YamlNode v = e.getValue();
        switch (e.getKey()) {
            case "tag" -> {
                String tag = y.scalar(v, "tag");
                if (!tag.matches("[A-Za-z0-9][A-Za-z0-9_.:-]*")) {
                    throw y.error(v, "tag '" + tag + "' must be letters, digits, '-', '_', '.' or ':'");
                }
                return new Action.Tag(tag);
            }
            case "case" -> {
                Map<String, YamlNode> c = v instanceof Scalar ? Map.of("priority", v) : y.map(v, "case", Set.of("priority", "title"));
                return new Action.OpenCase(priority(c.get("priority")), c.containsKey("title") ? template(c.get("title"), namespaces) : null);
            }
            default -> {
                return alert(v, id, namespaces, recipients);
            }
        }
    }

    private Action alert(YamlNode v, String id, Set<String> namespaces, Map<String, Recipient> recipients) {
        Map<String, YamlNode> a = y.map(v, "alert", Set.of("priority", "title", "recommend", "notify", "to", "webhook"));
        if (!a.containsKey("title")) {
            throw y.error(v, "rule '" + id + "': an alert needs a 'title'");
        }
        List<String> notify = new ArrayList<>();
        if (a.containsKey("notify")) {
            YamlNode nn = a.get("notify");
            for (YamlNode ch : nn instanceof Scalar ? List.of(nn) : y.list(nn, "notify")) {
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

    private String priority(YamlNode n) {
        if (n == null) {
            return "normal";
        }
        String p = y.scalar(n, "priority");
        if (!Sla.PRIORITIES.contains(p)) {
            throw y.error(n, "priority must be one of " + String.join(", ", Sla.PRIORITIES) + ", found '" + p + "'");
        }
        return p;
    }

    private Template template(YamlNode node, Set<String> namespaces) {
        Scalar s = scalarNode(node, "text");
        String text = s.value();
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

    private Expr expression(Scalar node, String src, int base, Set<String> namespaces) {
        Expr e;
        try {
            e = Parser.parse(src, namespaces);
        } catch (ExpressionException ex) {
            int[] lc = y.position(node, base + ex.offset());
            throw y.error(lc[0], lc[1], ex.getMessage());
        }
        List<Expr.Path> paths = new ArrayList<>();
        RuleFields.paths(e, paths);
        for (Expr.Path p : paths) {
            RuleFields.Check c = RuleFields.check(p.namespace(), p.name(), ruleOn);
            int[] lc = y.position(node, base + p.at());
            if (c.error() != null) {
                throw y.error(lc[0], lc[1], c.error());
            }
            String warning = "rule '" + ruleId + "' (line " + lc[0] + "): " + c.warning();
            if (c.warning() != null && !fieldWarnings.contains(warning)) {
                fieldWarnings.add(warning);
            }
        }
        return e;
    }

    private void productCalls(Expr e, Scalar node) {
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

    private Scalar scalarNode(YamlNode n, String what) {
        if (n instanceof Scalar s) {
            return s;
        }
        throw y.error(n, what + " must be a single value");
    }
}
