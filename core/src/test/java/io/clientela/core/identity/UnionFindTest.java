package io.clientela.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one union-find: sets join transitively, a union of one set is refused, and it grows past its first capacity. */
class UnionFindTest {
    @Test
    void elements_joined_directly_or_through_others_share_a_representative() {
        UnionFind u = new UnionFind(2);
        for (int i = 0; i < 6; i++) {
            u.add();
        }
        assertThat(u.union(0, 1)).isTrue();
        assertThat(u.union(2, 3)).isTrue();
        assertThat(u.union(1, 3)).isTrue();
        assertThat(u.union(0, 2)).as("already one set").isFalse();

        assertThat(u.size()).isEqualTo(6);
        assertThat(u.find(0)).isEqualTo(u.find(3));
        assertThat(u.find(4)).isNotEqualTo(u.find(0)).isNotEqualTo(u.find(5));
    }

    @Test
    void agrees_with_a_naive_labelling_on_random_unions() {
        Random random = new Random(7);
        int n = 2_000;
        UnionFind u = new UnionFind(1);
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            u.add();
            label[i] = i;
        }
        for (int k = 0; k < 1_500; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            boolean apart = label[a] != label[b];
            assertThat(u.union(a, b)).isEqualTo(apart);
            int from = label[b];
            for (int i = 0; i < n; i++) {
                if (label[i] == from) {
                    label[i] = label[a];
                }
            }
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < n; i += 7) {
            for (int j = 0; j < n; j += 11) {
                pairs.add(i + "/" + j);
                assertThat(u.find(i) == u.find(j)).as(i + " and " + j).isEqualTo(label[i] == label[j]);
            }
        }
        assertThat(pairs).isNotEmpty();
    }
}
