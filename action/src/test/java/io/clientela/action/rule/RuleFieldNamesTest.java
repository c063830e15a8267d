package io.clientela.action.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A condition or title that reads a field the item or profile does not have would never fire: the rule file is refused, naming the nearest field. */
class RuleFieldNamesTest {
    private static String file(String on, String when) {
        return "rules:\n  - id: r\n    " + on + "\n    when: " + when + "\n    actions:\n      - tag: t\n";
    }

    @Test
    void refuses_a_mistyped_item_field_with_the_nearest_one_at_its_line_and_column() {
        assertThatThrownBy(() -> RuleFile.parse("f.yaml", file("on: feedback", "item.npss <= 6")))
                .hasMessage("f.yaml line 4, column 11: unknown field 'item.npss'; did you mean item.nps?");
    }

    @Test
    void refuses_a_mistyped_customer_field_with_the_nearest_one() {
        assertThatThrownBy(() -> RuleFile.parse("f.yaml", file("on: feedback", "item.nps <= 6 and customer.abc_clas == \"A\"")))
                .hasMessageContaining("unknown field 'customer.abc_clas'; did you mean customer.abc_class?");
        assertThatThrownBy(() -> RuleFile.parse("f.yaml", file("schedule: customers", "customer.rfm_segmnet == \"lost\"")))
                .hasMessageContaining("did you mean customer.rfm_segment?");
    }

    @Test
    void refuses_a_field_a_ticket_does_not_have_listing_those_it_has() {
        assertThatThrownBy(() -> RuleFile.parse("f.yaml", file("on: ticket", "item.mood == \"angry\"")))
                .hasMessageContaining("unknown field 'item.mood'; an item of kind ticket has ").hasMessageContaining("item.category");
    }

    @Test
    void refuses_a_mistyped_field_in_an_alert_title_too() {
        String text = "rules:\n  - id: r\n    on: feedback\n    when: item.nps <= 6\n    actions:\n      - alert: {title: \"NPS {item.nsp}\"}\n";
        assertThatThrownBy(() -> RuleFile.parse("f.yaml", text)).hasMessageContaining("did you mean item.nps?");
    }

    @Test
    void accepts_event_properties_and_warns_about_a_customer_attribute() {
        assertThat(RuleFile.parse("f.yaml", file("on: event", "item.type == \"purchase\" and item.coupon_code == \"X\"")).warnings()).isEmpty();
        RuleSet set = RuleFile.parse("f.yaml", file("on: feedback", "customer.loyalty_tier == \"gold\""));
        assertThat(set.warnings()).singleElement().asString().contains("customer.loyalty_tier").contains("attributes");
    }

    @Test
    void the_shipped_example_rules_read_only_known_fields() {
        RuleSet set = RuleFile.parse("casa-nova.yaml", io.clientela.core.demo.DemoCompany.exampleRules());
        assertThat(set.rules()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(set.warnings()).isEmpty();
        assertThat(set.delivery().outbox()).isTrue();
    }
}
