package io.clientela.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.core.identity.Identities;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The demo's identities resolve to exactly one profile per shop customer, through the real normalisers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoIdentitiesTest {
    Generated demo;
    final Map<String, String> byEmail = new HashMap<>();
    final Map<String, String> byPhone = new HashMap<>();

    @BeforeAll
    void generate(@TempDir Path tmp) {
        demo = Generated.write(tmp, Generated.spec(4_000));
        for (Map<String, String> c : demo.rows(DemoFile.CUSTOMERS_SHOP)) {
            String id = c.get("customer_id");
            assertThat(byEmail.put(Identities.email(c.get("email")).orElseThrow(), id)).as("e-mail of " + id).isNull();
            if (!c.get("phone").isEmpty()) {
                String phone = Identities.phone(c.get("phone"), c.get("country")).orElseThrow(() -> new AssertionError(c.get("phone")));
                assertThat(byPhone.put(phone, id)).as("phone of " + id + " " + c.get("phone")).isNull();
            }
        }
    }

    @Test
    void no_two_shop_customers_share_an_email_or_a_phone() {
        assertThat(byEmail).hasSize(4_000);
        assertThat(byPhone.size()).isGreaterThan(3_000);
    }

    @Test
    void every_crm_record_links_to_exactly_one_shop_customer_and_a_few_only_by_phone() {
        int phoneOnly = 0;
        int emailVariants = 0;
        for (Map<String, String> r : demo.rows(DemoFile.CUSTOMERS_CRM)) {
            String email = Identities.email(r.get("email")).map(byEmail::get).orElse(null);
            String phone = Identities.phone(r.get("phone"), r.get("country")).map(byPhone::get).orElse(null);
            Set<String> linked = new HashSet<>();
            if (email != null) {
                linked.add(email);
            }
            if (phone != null) {
                linked.add(phone);
                assertThat(r.get("phone")).startsWith("+");
            }
            assertThat(linked).as(r.toString()).hasSize(1);
            phoneOnly += email == null ? 1 : 0;
            emailVariants += email != null && !byEmail.containsKey(r.get("email")) ? 1 : 0;
        }
        assertThat(phoneOnly).isBetween(5, 200);
        assertThat(emailVariants).isGreaterThan(20);
    }

    @Test
    void tickets_and_survey_answers_name_shop_customers_by_email() {
        demo.rows(DemoFile.TICKETS).forEach(t -> assertThat(byEmail).containsKey(Identities.email(t.get("requester_email")).orElseThrow()));
        demo.json(DemoFile.FEEDBACK).forEach(f -> assertThat(byEmail).containsKey((String) f.get("email")));
    }

    @Test
    void signed_in_events_carry_the_shop_id_and_its_email_and_anonymous_ones_neither() {
        Map<String, String> emailOf = new HashMap<>();
        byEmail.forEach((email, id) -> emailOf.put(id, email));
        int anonymous = 0;
        for (Map<String, Object> e : demo.json(DemoFile.EVENTS)) {
            Object user = e.get("user_id");
            assertThat(e.get("anonymous_id")).isNotNull();
            if (user == null) {
                assertThat(e).doesNotContainKey("user_email");
                anonymous++;
            } else {
                assertThat(e.get("user_email")).isEqualTo(emailOf.get((String) user));
            }
        }
        assertThat(anonymous).isPositive();
    }

    @Test
    void guest_orders_have_no_customer_and_the_rest_name_shop_customers() {
        long guests = demo.rows(DemoFile.ORDER_LINES).stream().filter(l -> l.get("customer_id").isEmpty()).count();
        assertThat(guests).isPositive();
        Set<String> ids = new HashSet<>(byEmail.values());
        demo.rows(DemoFile.ORDER_LINES).stream().map(l -> l.get("customer_id")).filter(id -> !id.isEmpty())
                .forEach(id -> assertThat(ids).contains(id));
        demo.rows(DemoFile.CAMPAIGN_CONTACTS).forEach(c -> assertThat(ids).contains(c.get("customer_id")));
    }
}
