package io.clientela.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Db;
import io.clientela.store.profiles.IncrementalProfiles;
import io.clientela.store.profiles.SurvivorshipPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java check may only ever say "clean" for what the SQL checks accept, with the same typed
 * values: every tricky value below goes through both, and each "clean" verdict is compared with
 * what the SQL stored.
 */
class QuickCheckAgreesWithTheSqlChecksTest {
    private static final String FEEDBACK = """
            source: web
            entity: feedback
            format: jsonl
            fields:
              feedback_id: id
              customer_id: customer
              customer_email: email
              responded_at: at
              nps: nps
              csat: csat
              channel: channel
              ratings: ratings
              text: text
            """;
    @TempDir
    java.nio.file.Path tmp;
    Fixture fx;

    @BeforeEach
    void open() {
        fx = new Fixture(tmp);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    /** id, customer, email, at, nps, csat, channel, ratings (JSON text; '{' or '[' first = an object or array was sent), text */
    private static final List<List<String>> ITEMS = List.of(
            row("f1", "C1", null, "2026-10-31T10:00:00Z", "9", null, "web", "{\"speed\":4}", "great"),
            row("f2", null, "Ana@Example.com", "2026-10-31 10:00:00", "0", "5", "email", null, "ok"),
            row("f3", "C2", null, "2026-10-31T10:00:00+02:00", "10", null, null, "[1,2]", null),
            row("f4", "C3", null, "2026-10-31T10:00:00.123456-05:00", null, "1", null, null, ""),
            row("f5", "C4", null, "2026-10-31T10:00:00.5", "7", null, null, null, "x"),
            row("f6", "C5", null, "2026-10-31", "7", null, null, null, null),            // a date: SQL takes it, Java is not sure
            row("f7", "C6", null, "2026-10-31T10:00", "7", null, null, null, null),      // no seconds
            row("f8", "C7", null, "2026-02-30T10:00:00Z", "7", null, null, null, null),  // no such day: rejected
            row("f9", "C8", null, "2026-10-31T10:00:00Z", "11", null, null, null, null), // above the NPS maximum: rejected
            row("f10", "C9", null, "2026-10-31T10:00:00Z", "-1", null, null, null, null), // below: rejected
            row("f11", "C10", null, "2026-10-31T10:00:00Z", "7.0", null, null, null, null), // a decimal NPS
            row("f12", "C11", null, "2026-10-31T10:00:00Z", " 7", null, null, null, null),  // blank first
            row("f13", " C12", null, "2026-10-31T10:00:00Z", "7", null, null, null, null),  // a customer id with a blank
            row("f14", "C13", null, "2027-12-31T10:00:00Z", "7", null, null, null, null),   // in the future: rejected
            row("f15", null, null, "2026-10-31T10:00:00Z", "7", null, null, null, null),   // no customer: fine
            row("f16", "C14", null, null, "7", null, null, null, null),                      // no time: rejected
            row("f17", "C15", null, "2026-10-31T10:00:00Z", "abc", null, null, null, null),  // not a number: rejected
            row("f18", "C16", null, "2026-10-31T10:00:00Z", "7", null, null, "not json", null), // a string for JSON: rejected
            row("f19", "C17", null, "2026-10-31T10:00:00Z", "007", null, null, null, null),
            row("f20", "C18", "Ünal@example.com", "2026-10-31T10:00:00Z", "7", null, null, null, null),
            row("f21", "C19", null, "2026-10-31T10:00:00Z", "99999999999999999999", null, null, null, null),
            row("f22", "C20", null, "2026-11-02T11:59:59Z", "7", null, null, null, null),   // within a day of now: fine
            row("f23", "C21", null, "2026-11-02T12:00:01Z", "7", null, null, null, null),   // just beyond: rejected
            row("f24", "C22", null, "2026-10-31T10:00:00Z", "5", "0", null, null, null),    // CSAT below its minimum: rejected
            row("f25", "C23", null, "10/31/2026 10:00", "5", null, null, null, null));      // not ISO: rejected

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    @Test
    void every_item_the_java_check_calls_clean_is_accepted_by_the_sql_with_the_same_values() {
        Mapping mapping = fx.mapping(FEEDBACK);
        BatchImporter importer = new BatchImporter(Rules.defaults(), new IncrementalProfiles(SurvivorshipPolicy.DEFAULT, "GB"), Fixture.CLOCK);
        QuickCheck check = importer.quickCheck(mapping);
        assertThat(check).as("the collector's kind of mapping is supported").isNotNull();
        List<String> columns = BatchImporter.columns(mapping);
        List<BatchItem> items = new ArrayList<>();
        List<Object[]> verdicts = new ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            List<String> v = ITEMS.get(i);
            List<String> values = new ArrayList<>();
            BitSet containers = new BitSet();
            for (String c : columns) {
                String text = v.get(List.of("id", "customer", "email", "at", "nps", "csat", "channel", "ratings", "text").indexOf(c));
                if ("ratings".equals(c) && text != null && (text.startsWith("{") || text.startsWith("["))) {
                    containers.set(values.size());
                }
                values.add(text);
            }
            items.add(new BatchItem("test", i + 1, "{}", values));
            verdicts.add(check.typed(values, containers));
        }

        BatchReport report = fx.workspace.inTransaction(tx -> importer.write(tx, mapping, items, Set.of(), false, true));

        Set<Integer> clean = new HashSet<>();
        for (int i = 0; i < verdicts.size(); i++) {
            if (verdicts.get(i) != null) {
                clean.add(i);
                assertThat(report.outcomes().get(i)).as("item %s, called clean", ITEMS.get(i).get(0)).isEqualTo(BatchReport.Outcome.STORED);
            }
        }
        assertThat(clean).as("the common cases are taken").hasSizeGreaterThanOrEqualTo(9);
        assertThat(report.rejected()).as("rejected by the SQL").hasSizeGreaterThanOrEqualTo(10);
        List<String> fields = check.fields();
        for (int i : clean) {
            String id = ITEMS.get(i).get(0);
            Map<String, Object> stored = Db.query(fx.workspace.connection(), "SELECT * EXCLUDE (ratings), CAST(ratings AS VARCHAR) AS ratings "
                    + "FROM feedback WHERE feedback_id = ?", id).get(0);
            Object[] typed = verdicts.get(i);
            String customer = (String) typed[fields.indexOf("customer_id")];
            String email = (String) typed[fields.indexOf("customer_email")];
            // the collector's fast path derives the customer key from these two as the SQL does
            assertThat(stored.get("customer_key")).as("item %s, customer key", id)
                    .isEqualTo(customer != null ? customer : email != null ? "email:" + email.toLowerCase(java.util.Locale.ROOT) : null);
            for (int f = 0; f < fields.size(); f++) {
                String field = fields.get(f);
                if (field.equals("customer_id") || field.equals("customer_email")) {
                    continue; // stored within the customer key
                }
                Object mine = typed[f];
                Object theirs = stored.get(field);
                if (mine instanceof Long l && theirs instanceof Integer) {
                    mine = l.intValue();
                }
                assertThat(mine).as("item %s, field %s", id, field).isEqualTo(theirs);
            }
        }
    }
}
