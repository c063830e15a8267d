package io.clientela.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentityResolverTest {

    private static CustomerRecord r(long id, String source, String email, String phone) {
        return new CustomerRecord(id, source, "x" + id, email, phone, "GB");
    }

    @Test
    void merges_records_transitively_across_three_sources() {
        List<CustomerRecord> records = List.of(r(1, "shop", "ann@example.com", null), r(2, "crm", " ANN@example.com ", "07700 900123"),
                r(3, "helpdesk", null, "+44 7700 900123"), r(4, "shop", "bob@example.com", null));
        Resolution res = IdentityResolver.resolve(records, Set.of());
        assertThat(res.customerOf(1)).isEqualTo(1);
        assertThat(res.customerOf(2)).isEqualTo(1);
        assertThat(res.customerOf(3)).isEqualTo(1);
        assertThat(res.customerOf(4)).isEqualTo(4);
        assertThat(res.links()).extracting(Resolution.Link::type).containsExactly(IdentityKey.Type.EMAIL, IdentityKey.Type.PHONE);
    }

    @Test
    void a_suppressed_link_splits_unless_another_identifier_links_them() {
        List<CustomerRecord> records = List.of(r(1, "shop", "ann@example.com", null), r(2, "crm", "ann@example.com", null));
        Set<SuppressedLink> undone = Set.of(new SuppressedLink(1, 2, IdentityKey.Type.EMAIL, "ann@example.com"));
        assertThat(IdentityResolver.resolve(records, undone).customerOf(2)).isEqualTo(2);

        List<CustomerRecord> alsoPhone = List.of(r(1, "shop", "ann@example.com", "07700 900123"), r(2, "crm", "ann@example.com", "07700900123"));
        assertThat(IdentityResolver.resolve(alsoPhone, undone).customerOf(2)).isEqualTo(1);
    }

    @Test
    void a_suppressed_link_does_not_cut_a_record_off_from_other_holders_of_the_key() {
        List<CustomerRecord> records = List.of(r(1, "shop", "ann@example.com", null), r(2, "crm", "ann@example.com", null),
                r(3, "survey", "ann@example.com", null));
        Set<SuppressedLink> undone = Set.of(new SuppressedLink(1, 3, IdentityKey.Type.EMAIL, "ann@example.com"));
        Resolution res = IdentityResolver.resolve(records, undone);
        assertThat(res.customerOf(3)).isEqualTo(1);
        assertThat(res.links()).extracting(Resolution.Link::recordA, Resolution.Link::recordB)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2L), org.assertj.core.groups.Tuple.tuple(2L, 3L));
    }

    @Test
    void the_result_does_not_depend_on_input_order() {
        List<CustomerRecord> records = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            records.add(r(i, i % 2 == 0 ? "shop" : "crm", "p" + (i % 37) + "@example.com", i % 5 == 0 ? "07700 9001" + (i % 7) + "0" : null));
        }
        Resolution a = IdentityResolver.resolve(records, Set.of());
        Collections.shuffle(records, new Random(3));
        Resolution b = IdentityResolver.resolve(records, Set.of());
        for (int i = 1; i <= 200; i++) {
            assertThat(b.customerOf(i)).isEqualTo(a.customerOf(i));
        }
        assertThat(b.links()).isEqualTo(a.links());
    }

    @Test
    void resolves_a_million_records() {
        List<CustomerRecord> records = new ArrayList<>(1_000_000);
        for (int i = 1; i <= 1_000_000; i++) {
            String email = i % 4 == 0 ? "c" + (i - 1) + "@example.com" : "c" + i + "@example.com";
            records.add(r(i, i % 4 == 0 ? "crm" : "shop", email, null));
        }
        Resolution res = IdentityResolver.resolve(records, Set.of());
        assertThat(res.customerOf(4)).isEqualTo(3);
        assertThat(res.customerOf(1_000_000)).isEqualTo(999_999);
        assertThat(res.customerOf(5)).isEqualTo(5);
        assertThat(res.links()).hasSize(250_000);
    }
}
