package io.clientela.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoScaleTest {
    @TempDir
    Path tmp;

    @Test
    void rows_grow_in_proportion_to_customers_except_reference_data_and_bad_rows() {
        DemoManifest small = DemoCompany.write(tmp.resolve("small"), Generated.spec(1_000));
        DemoManifest large = DemoCompany.write(tmp.resolve("large"), Generated.spec(4_000));

        assertThat(rows(large, DemoFile.CUSTOMERS_SHOP)).isEqualTo(4_000);
        for (DemoFile f : List.of(DemoFile.CUSTOMERS_CRM, DemoFile.ORDER_LINES, DemoFile.EVENTS, DemoFile.TICKETS, DemoFile.FEEDBACK,
                DemoFile.CAMPAIGN_CONTACTS)) {
            double ratio = (double) rows(large, f) / rows(small, f);
            assertThat(ratio).as(f.fileName).isCloseTo(4.0, within(0.4));
        }
        for (DemoFile f : List.of(DemoFile.PRODUCTS, DemoFile.CAMPAIGNS, DemoFile.SALES_TARGETS)) {
            assertThat(rows(large, f)).as(f.fileName).isEqualTo(rows(small, f));
        }
        assertThat(large.deliberatelyBadRows()).isEqualTo(small.deliberatelyBadRows()).isEqualTo(6);
    }

    @Test
    void a_customer_buys_about_five_times_and_does_about_twenty_things_online() {
        DemoManifest m = DemoCompany.write(tmp.resolve("m"), Generated.spec(3_000));

        double linesPerCustomer = rows(m, DemoFile.ORDER_LINES) / 3_000.0;
        double eventsPerCustomer = rows(m, DemoFile.EVENTS) / 3_000.0;
        assertThat(linesPerCustomer).as("order lines per customer (1.7 lines per order)").isBetween(7.0, 12.0);
        assertThat(eventsPerCustomer).isBetween(12.0, 24.0);
        assertThat(rows(m, DemoFile.CUSTOMERS_CRM) / 3_000.0).isCloseTo(0.25, within(0.03));
        assertThat(rows(m, DemoFile.PRODUCTS)).isBetween(110L, 130L);
    }

    @Test
    void a_tiny_company_still_has_every_file() {
        DemoManifest m = DemoCompany.write(tmp.resolve("tiny"), Generated.spec(1));

        assertThat(m.files()).hasSize(12).allSatisfy(e -> assertThat(e.data()).exists());
        assertThat(rows(m, DemoFile.CUSTOMERS_SHOP)).isEqualTo(1);
    }

    private static long rows(DemoManifest m, DemoFile f) {
        return m.files().stream().filter(e -> e.data().getFileName().toString().equals(f.fileName)).findFirst().orElseThrow().rows();
    }
}
