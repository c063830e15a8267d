package io.clientela.store.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.core.identity.IdentityKey;
import org.junit.jupiter.api.Test;

class ClustersTest {
    static final IdentityKey EMAIL = new IdentityKey(IdentityKey.Type.EMAIL, "ana@example.com");

    @Test
    void a_new_record_sharing_a_key_with_a_stored_one_joins_its_customer() {
        Clusters c = new Clusters();
        c.add(10, null);
        c.add(3, 1L);
        c.union(3, 10, EMAIL);

        assertThat(c.customers()).containsExactlyEntriesOf(java.util.Map.of(10L, 1L));
        assertThat(c.links()).singleElement().satisfies(l -> {
            assertThat(l.a()).isEqualTo(3);
            assertThat(l.b()).isEqualTo(10);
        });
    }

    @Test
    void new_records_linked_only_to_each_other_become_one_customer_named_by_the_smallest_record() {
        Clusters c = new Clusters();
        c.add(12, null);
        c.add(11, null);
        c.add(13, null);
        c.union(11, 12, EMAIL);

        assertThat(c.customers()).containsEntry(11L, 11L).containsEntry(12L, 11L).containsEntry(13L, 13L);
    }

    @Test
    void a_new_record_bridging_two_stored_customers_asks_for_the_full_resolution() {
        Clusters c = new Clusters();
        c.add(20, null);
        c.add(4, 1L);
        c.add(7, 2L);
        c.union(4, 20, EMAIL);
        c.union(7, 20, new IdentityKey(IdentityKey.Type.PHONE, "+4412345678"));

        assertThat(c.customers()).isNull();
    }
}
