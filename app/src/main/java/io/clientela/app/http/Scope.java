package io.clientela.app.http;

import io.clientela.core.NotFoundException;
import io.clientela.store.Db;

import io.clientela.service.access.Role;
import java.util.List;

/**
 * What an agent may see: the alerts routed to them ({@code alerts.routed_to} equals their user
 * name), the cases they own ({@code cases.owner} equals their user name), and the customers with
 * such an alert or case. Analysts and admins see everything; viewers reach none of these lists.
 * Outside an agent's scope a record answers 404, as if it did not exist, so existence does not leak.
 */
final class Scope {
    private Scope() {
    }

    static boolean limited(Call call) {
        return call.session().user().role() == Role.AGENT;
    }

    static String user(Call call) {
        return call.session().user().username();
    }

    /** A condition on alerts {@code a}, with its parameters added to {@code p}. */
    static String alerts(Call call, List<Object> p) {
        if (!limited(call)) {
            return "true";
        }
        p.add(user(call));
        return "a.routed_to = ?";
    }

    /** A condition on cases {@code k}. */
    static String cases(Call call, List<Object> p) {
        if (!limited(call)) {
            return "true";
        }
        p.add(user(call));
        return "k.owner = ?";
    }

    /** A condition on a customer id column. */
    static String customers(Call call, String column, List<Object> p) {
        if (!limited(call)) {
            return "true";
        }
        p.add(user(call));
        p.add(user(call));
        return column + " IN (SELECT customer_id FROM cases WHERE owner = ? AND customer_id IS NOT NULL "
                + "UNION SELECT customer_id FROM alerts WHERE routed_to = ? AND customer_id IS NOT NULL)";
    }

    /** 404 unless the customer is in the caller's scope (the same answer as for a customer that does not exist). */
    static void customer(Call call, long id) {
        if (!limited(call)) {
            return;
        }
        List<Object> p = new java.util.ArrayList<>();
        String w = customers(call, "?", p);
        p.add(0, id);
        if (!io.clientela.store.Db.queryValue(call.c(), "SELECT " + w, p.toArray()).equals(Boolean.TRUE)) {
            throw new NotFoundException("customer " + id + " does not exist");
        }
    }
}
