package io.clientela.action.cases;

import io.clientela.store.Handle;
import io.clientela.store.cases.CaseKpiQueries;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Follow-up KPIs over cases opened (and feedback given) in a period:
 * <ul>
 *   <li>share of negative feedback followed up: feedback with NPS 0-6 that has a case linked to it,
 *       or a case for the same customer opened within 7 days after it;</li>
 *   <li>time to first contact and time to close: median hours from opening;</li>
 *   <li>recovery rate: cases resolved as recovered among those resolved with an outcome.</li>
 * </ul>
 */
public final class CaseKpis {
    private CaseKpis() {
    }

    /** The KPIs as the document the command line and the API answer with (rates and hours to three decimals, null without a base). */
    public static Map<String, Object> of(Handle handle, LocalDateTime from, LocalDateTime to, LocalDateTime now) {
        CaseKpiQueries q = new CaseKpiQueries(handle);
        CaseKpiQueries.FollowUp fb = q.followUp(from, to);
        CaseKpiQueries.CaseCounts k = q.cases(from, to, now);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", from);
        out.put("to", to);
        out.put("negative_feedback", fb.negativeFeedback());
        out.put("negative_feedback_followed_up", fb.followedUp());
        out.put("followed_up_share", share(fb.followedUp(), fb.negativeFeedback()));
        out.put("cases", k.cases());
        out.put("open_cases", k.open());
        out.put("overdue_cases", k.overdue());
        out.put("median_hours_to_first_contact", k.medianHoursToFirstContact() == null ? null : round(k.medianHoursToFirstContact()));
        out.put("median_hours_to_close", k.medianHoursToClose() == null ? null : round(k.medianHoursToClose()));
        out.put("recovered", k.recovered());
        out.put("with_outcome", k.withOutcome());
        out.put("recovery_rate", share(k.recovered(), k.withOutcome()));
        return out;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
