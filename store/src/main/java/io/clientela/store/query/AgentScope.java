package io.clientela.store.query;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.util.ArrayList;
import java.util.List;

/**
 * What an agent may see, as SQL conditions: the alerts routed to them ({@code alerts.routed_to} is
 * their user name), the cases they own ({@code cases.owner} is their user name), and the customers
 * with such an alert or case. {@link #UNLIMITED} (everyone but an agent) sees everything: each
 * condition is then {@code true} and binds nothing.
 *
 * @param agent the agent's user name, or null for no limit
 */
public record AgentScope(String agent) {
    public static final AgentScope UNLIMITED = new AgentScope(null);

    public AgentScope {
        if (agent != null && agent.isBlank()) {
            throw new IllegalArgumentException("agent: expected a user name or null, got '" + agent + "'");
        }
    }

    /** The scope of the agent with this user name. */
    public static AgentScope agent(String username) {
        return new AgentScope(username);
    }

    public boolean limited() {
        return agent != null;
    }

    /** A condition on alerts {@code a}; its parameters are added to {@code p}. */
    public String alerts(List<Object> p) {
        if (!limited()) {
            return "true";
        }
        p.add(agent);
        return "a.routed_to = ?";
    }

    /** A condition on cases {@code k}; its parameters are added to {@code p}. */
    public String cases(List<Object> p) {
        if (!limited()) {
            return "true";
        }
        p.add(agent);
        return "k.owner = ?";
    }

    /** A condition on a customer id {@code column}; its parameters are added to {@code p}. */
    public String customers(String column, List<Object> p) {
        if (!limited()) {
            return "true";
        }
        p.add(agent);
        p.add(agent);
        return column + " IN (SELECT customer_id FROM cases WHERE owner = ? AND customer_id IS NOT NULL "
                + "UNION SELECT customer_id FROM alerts WHERE routed_to = ? AND customer_id IS NOT NULL)";
    }

    /** Whether the customer is in scope (one statement for an agent, none otherwise); a customer that does not exist is not. */
    public boolean seesCustomer(Handle h, long customerId) {
        if (!limited()) {
            return true;
        }
        List<Object> p = new ArrayList<>();
        p.add(customerId);
        String w = customers("?", p);
        return Boolean.TRUE.equals(Db.queryValue(h.connection(), "SELECT " + w, p.toArray()));
    }
}
