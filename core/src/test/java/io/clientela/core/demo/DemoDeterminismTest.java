package io.clientela.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void the_same_spec_writes_byte_identical_files() throws Exception {
        DemoManifest a = DemoCompany.write(tmp.resolve("a"), Generated.spec(1_500));
        DemoManifest b = DemoCompany.write(tmp.resolve("b"), Generated.spec(1_500));

        assertThat(a.files()).hasSize(DemoFile.values().length);
        for (DemoFile f : DemoFile.values()) {
            assertThat(sha256(tmp.resolve("b").resolve(f.fileName))).as(f.fileName).isEqualTo(sha256(tmp.resolve("a").resolve(f.fileName)));
            assertThat(sha256(tmp.resolve("b").resolve(f.mappingName()))).isEqualTo(sha256(tmp.resolve("a").resolve(f.mappingName())));
        }
        assertThat(b.planted()).isEqualTo(a.planted());
        assertThat(b.badRows()).isEqualTo(a.badRows());
    }

    @Test
    void another_seed_writes_another_company() throws Exception {
        DemoCompany.write(tmp.resolve("a"), Generated.spec(500));
        DemoCompany.write(tmp.resolve("c"), new DemoSpec(7, 500, Generated.END, 24));

        assertThat(sha256(tmp.resolve("c/order-lines.csv"))).isNotEqualTo(sha256(tmp.resolve("a/order-lines.csv")));
        assertThat(sha256(tmp.resolve("c/customers-shop.csv"))).isNotEqualTo(sha256(tmp.resolve("a/customers-shop.csv")));
    }

    @Test
    void a_customer_is_the_same_whatever_the_size_of_the_company() throws Exception {
        DemoCompany.write(tmp.resolve("small"), Generated.spec(200));
        DemoCompany.write(tmp.resolve("large"), Generated.spec(800));

        List<String> small = Files.readAllLines(tmp.resolve("small/customers-shop.csv"));
        List<String> large = Files.readAllLines(tmp.resolve("large/customers-shop.csv"));
        assertThat(large.subList(0, small.size())).isEqualTo(small);
    }

    @Test
    void progress_counts_customers_up_to_the_total() {
        List<Long> heard = new java.util.ArrayList<>();
        DemoCompany.write(tmp.resolve("p"), Generated.spec(2_500), heard::add);

        assertThat(heard).containsExactly(1_000L, 2_000L, 2_500L);
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
