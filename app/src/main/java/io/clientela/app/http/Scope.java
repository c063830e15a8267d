package io.clientela.app.http;

import io.clientela.core.NotFoundException;
import io.clientela.service.access.Role;
import io.clientela.store.query.AgentScope;

/**
 * What the caller may see: an agent, the alerts routed to them, the cases they own, and the
 * customers with such an alert or case ({@link AgentScope}, the conditions the store applies);
 * analysts and admins see everything; viewers reach none of these lists. Outside an agent's scope a
 * record answers 404, as if it did not exist, so existence does not leak.
 */
final class Scope {
    private Scope() {
    }

    static AgentScope of(Call call) {
        return limited(call) ? AgentScope.agent(user(call)) : AgentScope.UNLIMITED;
    }

    static boolean limited(Call call) {
        return call.session().user().role() == Role.AGENT;
    }

    static String user(Call call) {
        return call.session().user().username();
    }

    /** 404 unless the customer is in the caller's scope (the same answer as for a customer that does not exist). */
    static void customer(Call call, long id) {
        if (!of(call).seesCustomer(call.c(), id)) {
            throw new NotFoundException("customer " + id + " does not exist");
        }
    }
}
