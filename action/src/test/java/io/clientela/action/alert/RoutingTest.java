package io.clientela.action.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingTest {
    private final Routing routing = new Routing(List.of(new Route.AccountOwner(), new Route.ByRegion(Map.of("Europe", "emea", "US", "americas")),
            new Route.ByProductLine(Map.of("Furniture", "furniture-team")), new Route.Fallback("queue")),
            Map.of("emea", new Recipient("emea", "emea@x.example", null), "queue", new Recipient("queue", "q@x.example", "https://hooks.example/q")));

    private static Map<String, Object> customer(String owner, String region, String country) {
        Map<String, Object> c = new HashMap<>();
        c.put("account_owner", owner);
        c.put("region", region);
        c.put("country", country);
        return c;
    }

    @Test
    void the_account_owner_comes_first_then_region_or_country_then_product_line_then_the_fallback_queue() {
        assertThat(routing.route(customer("anna@x.example", "Europe", "GB"), "furniture")).isEqualTo(new Routing.Routed("anna@x.example", "account_owner"));
        assertThat(routing.route(customer(" ", "europe", "GB"), "furniture")).isEqualTo(new Routing.Routed("emea", "region europe"));
        assertThat(routing.route(customer(null, null, "US"), null)).isEqualTo(new Routing.Routed("americas", "country US"));
        assertThat(routing.route(customer(null, "Asia", "JP"), "furniture")).isEqualTo(new Routing.Routed("furniture-team", "product_line furniture"));
        assertThat(routing.route(null, "lighting")).isEqualTo(new Routing.Routed("queue", "fallback"));
        assertThat(new Routing(List.of(new Route.AccountOwner()), Map.of()).route(customer(null, null, null), null).to()).isEqualTo(Routing.UNROUTED);
    }

    @Test
    void an_owner_written_as_an_address_is_reachable_without_a_recipient_entry() {
        assertThat(routing.recipient("anna@x.example")).isEqualTo(new Recipient("anna@x.example", "anna@x.example", null));
        assertThat(routing.recipient("queue").webhook()).isEqualTo("https://hooks.example/q");
        assertThat(routing.recipient("Anna Kovacs")).isNull();
    }
}
