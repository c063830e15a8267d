package io.clientela.store.segments;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Db;
import io.clientela.store.Workspace;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.query.Page;
import io.clientela.store.query.PageRequest;
import io.clientela.store.segments.SegmentQueries.CampaignCount;
import io.clientela.store.segments.SegmentQueries.Contact;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentQueriesTest {
    @TempDir
    Path tmp;
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(tmp.resolve("ws"), "test");
        Db.update(ws.connection(), """
                INSERT INTO customers (customer_id, name, email, phone, consent_email, consent_sms, records) VALUES
                    (1, 'Ann', 'ann@example.com', '+4930111', true, false, 1),
                    (2, 'Bo', 'bo@example.com', '+4930222', false, true, 1),
                    (3, 'Cy', NULL, '+4930333', true, true, 1),
                    (4, 'Di', 'di@example.com', NULL, true, NULL, 1)""");
        Db.update(ws.connection(), """
                INSERT INTO customer_values (run_id, customer_id, clv, p_alive, rfm_segment) VALUES
                    (1, 1, 500, 0.9, 'champions'), (1, 2, 50, 0.9, 'champions'), (1, 3, 300, 0.2, 'at risk'), (1, 4, 800, 0.8, 'loyal'),
                    (2, 1, 1, 0.1, 'lost')""");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void counts_who_may_be_contacted_by_each_channel() {
        CampaignCount all = new SegmentQueries(ws.handle()).count(new Audience(1, CustomerFilter.NONE, null, null));
        CampaignCount valuable = new SegmentQueries(ws.handle()).count(new Audience(1, CustomerFilter.NONE, 100.0, 0.5));

        assertThat(all).isEqualTo(new CampaignCount(4, 2, 2, 1650.0));
        assertThat(valuable).isEqualTo(new CampaignCount(2, 2, 0, 1300.0));
    }

    @Test
    void the_campaign_list_holds_only_customers_who_consented_to_the_channel() {
        Page email = SegmentQueries.campaignList(new Audience(1, CustomerFilter.NONE, null, null), Contact.EMAIL)
                .page(ws.handle(), new PageRequest(1, 50, "customer_id", "asc"));
        Page sms = SegmentQueries.campaignList(new Audience(1, CustomerFilter.NONE, null, null), Contact.SMS)
                .page(ws.handle(), new PageRequest(1, 50, "customer_id", "asc"));

        assertThat(email.items()).extracting(r -> r.get("email")).containsExactly("ann@example.com", "di@example.com");
        assertThat(sms.items()).extracting(r -> r.get("phone")).containsExactly("+4930222", "+4930333");
        assertThat(sms.items().get(0)).doesNotContainKey("email");
    }

    @Test
    void segments_count_the_customers_of_one_run() {
        Page page = SegmentQueries.segments(1, CustomerFilter.NONE).page(ws.handle(), new PageRequest(1, 50, "customers", "desc"));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items().get(0)).containsEntry("segment", "champions").containsEntry("customers", 2L);
    }
}
