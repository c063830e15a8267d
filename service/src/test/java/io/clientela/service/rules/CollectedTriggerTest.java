package io.clientela.service.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.action.rule.Trigger;
import io.clientela.ingest.collect.CollectedItem;
import io.clientela.ingest.collect.Kind;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules' view of a collected item keeps its source system: ids are unique only within one, and the alert and case keep it. */
class CollectedTriggerTest {
    @Test
    void a_collected_feedback_triggers_the_rules_with_its_source_system_and_id() {
        Trigger t = LiveRules.trigger(new CollectedItem(Kind.FEEDBACK, "reviews", "F1", 7L, "nps", LocalDateTime.of(2026, 11, 1, 12, 0),
                Map.of("nps", 3)));
        assertThat(t.kind()).isEqualTo("feedback");
        assertThat(t.source()).isEqualTo("reviews");
        assertThat(t.id()).isEqualTo("F1");
        assertThat(t.persisted()).isTrue();
    }
}
