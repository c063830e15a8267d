package io.clientela.action.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Static loop check of a rule file. Opening a case raises a {@code case_opened} event and a new tag a
 * {@code customer_tagged} event; a rule on events that asks for that type ({@code item.type ==
 * "case_opened"}) reacts to it. A cycle of such explicit reactions would loop and is an error; a
 * cycle through a rule on events that does not restrict {@code item.type} might loop and is a
 * warning (the engine's loop guard stops it at run time either way).
 */
final class Loops {
    private Loops() {
    }

    static void check(List<Rule> rules, String file, List<String> warnings) {
        Map<String, Rule> byId = new TreeMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        Map<String, Map<String, Boolean>> edges = new TreeMap<>();
        for (Rule r : rules) {
            Set<String> raised = raises(r);
            Map<String, Boolean> out = new TreeMap<>();
            for (Rule s : rules) {
                if (!s.on().contains("event") || raised.isEmpty()) {
                    continue;
                }
                Set<String> types = new HashSet<>();
                boolean constrained = types(s.condition(), types);
                if (!constrained) {
                    out.put(s.id(), false);
                } else if (types.stream().anyMatch(raised::contains)) {
                    out.put(s.id(), true);
                }
            }
            edges.put(r.id(), out);
        }
        Set<String> reported = new HashSet<>();
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            path.add(start);
            walk(start, start, path, true, edges, byId, file, warnings, reported);
        }
    }

    private static void walk(String start, String at, List<String> path, boolean definite, Map<String, Map<String, Boolean>> edges,
                             Map<String, Rule> byId, String file, List<String> warnings, Set<String> reported) {
        for (Map.Entry<String, Boolean> e : edges.getOrDefault(at, Map.of()).entrySet()) {
            boolean d = definite && e.getValue();
            if (e.getKey().equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                String key = new java.util.TreeSet<>(path).toString();
                if (!reported.add(key)) {
                    continue;
                }
                String chain = String.join(" -> ", cycle);
                Rule r = byId.get(start);
                if (d) {
                    throw new RuleFileException(file, r.line(), 1, "rules would loop: " + chain + " (each reacts to the event the previous one raises: "
                            + String.join(", ", raises(r)) + "); restrict a condition so the chain ends");
                }
                warnings.add("rules may loop: " + chain + " (a rule on events without an item.type condition reacts to " + String.join(", ", raises(r))
                        + "); the loop guard stops such chains, restrict item.type to be sure");
            } else if (!path.contains(e.getKey())) {
                path.add(e.getKey());
                walk(start, e.getKey(), path, d, edges, byId, file, warnings, reported);
                path.remove(path.size() - 1);
            }
        }
    }

    static Set<String> raises(Rule r) {
        Set<String> out = new LinkedHashSet<>();
        for (Action a : r.actions()) {
            if (a instanceof Action.OpenCase) {
                out.add(Action.CASE_OPENED);
            } else if (a instanceof Action.Tag) {
                out.add(Action.CUSTOMER_TAGGED);
            }
        }
        return out;
    }

    /** Collects the literals item.type is compared with; true when the condition mentions item.type at all. */
    private static boolean types(Expr e, Set<String> out) {
        if (e instanceof Expr.Binary b) {
            if (isType(b.left()) || isType(b.right())) {
                Expr other = isType(b.left()) ? b.right() : b.left();
                if (other instanceof Expr.Literal l && l.value() instanceof String s) {
                    out.add(s);
                } else if (other instanceof Expr.ListOf list) {
                    list.items().forEach(i -> {
                        if (i instanceof Expr.Literal l && l.value() instanceof String s) {
                            out.add(s);
                        }
                    });
                }
                return true;
            }
            boolean l = types(b.left(), out);
            return types(b.right(), out) || l;
        }
        if (e instanceof Expr.Unary u) {
            return types(u.operand(), out);
        }
        return false;
    }

    private static boolean isType(Expr e) {
        return e instanceof Expr.Path p && p.namespace().equals("item") && p.name().equals("type");
    }
}
