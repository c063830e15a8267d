package io.clientela.action.alert;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Routing rules, tried in order: account owner, region, product line, fallback queue (in the order
 * the rule file lists them). Without a match and without a fallback the alert goes to
 * {@value #UNROUTED}, which is visible in the alert list.
 */
public record Routing(List<Route> routes, Map<String, Recipient> recipients) {
    public static final String UNROUTED = "unrouted";

    public Routing {
        routes = List.copyOf(routes);
        recipients = Map.copyOf(recipients);
    }

    /** Who gets an alert about this customer (profile columns) and product line (may be null), and by which rule. */
    public Routed route(Map<String, Object> customer, String productLine) {
        for (Route r : routes) {
            if (r instanceof Route.AccountOwner) {
                Object owner = customer == null ? null : customer.get("account_owner");
                if (owner != null && !owner.toString().isBlank()) {
                    return new Routed(owner.toString(), "account_owner");
                }
            } else if (r instanceof Route.ByRegion byRegion && customer != null) {
                for (String field : new String[] {"region", "country"}) {
                    String team = lookup(byRegion.teams(), customer.get(field));
                    if (team != null) {
                        return new Routed(team, field + " " + customer.get(field));
                    }
                }
            } else if (r instanceof Route.ByProductLine byLine) {
                String team = lookup(byLine.teams(), productLine);
                if (team != null) {
                    return new Routed(team, "product_line " + productLine);
                }
            } else if (r instanceof Route.Fallback f) {
                return new Routed(f.queue(), "fallback");
            }
        }
        return new Routed(UNROUTED, "no routing rule matched");
    }

    /** The recipient entry for a routed name; an owner written as an e-mail address is reachable without one. */
    public Recipient recipient(String name) {
        Recipient r = recipients.get(name);
        if (r == null && name.contains("@")) {
            return new Recipient(name, name, null);
        }
        return r;
    }

    private static String lookup(Map<String, String> teams, Object key) {
        if (key == null) {
            return null;
        }
        String k = key.toString().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : teams.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(k)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The chosen recipient and the routing rule that chose it. */
    public record Routed(String to, String by) {
    }
}
