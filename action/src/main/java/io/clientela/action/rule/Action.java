package io.clientela.action.rule;

import java.util.List;

/** What a rule does when it fires, in the order written. */
sealed interface Action {
    /** The event type a case raises, which rules on events can react to (the loop guard watches these). */
    String CASE_OPENED = "case_opened";
    /** The event type a new tag raises. */
    String CUSTOMER_TAGGED = "customer_tagged";

    /** An alert routed by the routing rules (or to {@code to}), delivered on the {@code channels} (the file says notify:). */
    record Alert(String priority, Template title, Template recommend, List<String> channels, String to, String webhook) implements Action {
        public Alert {
            channels = List.copyOf(channels);
        }
    }

    /** A follow-up case, owned by whoever the alert is routed to; due by the SLA of its priority. */
    record OpenCase(String priority, Template title) implements Action {
    }

    /** A tag on the customer (kept once; tagging again changes nothing and raises nothing). */
    record Tag(String tag) implements Action {
    }
}
