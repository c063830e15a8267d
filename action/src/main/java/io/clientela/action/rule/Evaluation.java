package io.clientela.action.rule;

import java.util.List;

/**
 * What an evaluation did: how many items (or subjects) it looked at, how many events the actions
 * raised and were evaluated in turn, the firings, how many firings
 * the cooldown held back, and every chain the loop guard stopped ("rule x on case_opened raised by
 * x").
 */
public record Evaluation(int evaluated, int raised, List<Firing> fired, int cooledDown, List<String> loopStops) {
    public Evaluation {
        fired = List.copyOf(fired);
        loopStops = List.copyOf(loopStops);
    }
}
