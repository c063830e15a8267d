package io.clientela.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Db;
import io.clientela.store.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentScopeTest {
    @TempDir
    Path tmp;

    @Test
    void an_agent_sees_only_the_customers_of_their_cases_and_alerts() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Db.update(ws.connection(), "INSERT INTO customers (customer_id, records) VALUES (1, 1), (2, 1), (3, 1), (4, 1)");
            Db.update(ws.connection(), """
                    INSERT INTO cases (case_id, customer_id, subject, title, priority, status, owner, opened_at, due_at, escalation_level) VALUES
                        (1, 1, '1', 'mine', 'high', 'assigned', 'anna', TIMESTAMP '2026-10-01', TIMESTAMP '2026-10-02', 0),
                        (2, 2, '2', 'theirs', 'high', 'assigned', 'ben', TIMESTAMP '2026-10-01', TIMESTAMP '2026-10-02', 0)""");
            Db.update(ws.connection(), """
                    INSERT INTO alerts (alert_id, rule_id, subject, customer_id, priority, title, routed_to, routed_by, created_at, status)
                    VALUES (1, 'detractor', '3', 3, 'high', 'to anna', 'anna', 'account_owner', TIMESTAMP '2026-10-01', 'new')""");
            AgentScope anna = AgentScope.agent("anna");
            List<Object> p = new ArrayList<>();

            List<Object> seen = Db.query(ws.connection(), "SELECT customer_id FROM customers WHERE " + anna.customers("customer_id", p)
                    + " ORDER BY 1", p.toArray()).stream().map(r -> r.get("customer_id")).toList();

            assertThat(seen).containsExactly(1L, 3L);
            assertThat(anna.seesCustomer(ws.handle(), 3)).isTrue();
            assertThat(anna.seesCustomer(ws.handle(), 2)).isFalse();
            assertThat(anna.seesCustomer(ws.handle(), 999)).isFalse();
        }
    }

    @Test
    void everyone_else_sees_everything_and_binds_nothing() {
        List<Object> p = new ArrayList<>();

        assertThat(AgentScope.UNLIMITED.alerts(p)).isEqualTo("true");
        assertThat(AgentScope.UNLIMITED.cases(p)).isEqualTo("true");
        assertThat(AgentScope.UNLIMITED.customers("c.customer_id", p)).isEqualTo("true");
        assertThat(p).isEmpty();
        assertThat(AgentScope.UNLIMITED.seesCustomer(null, 999)).as("no statement is needed").isTrue();
    }
}
