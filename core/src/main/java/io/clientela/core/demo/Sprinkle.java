package io.clientela.core.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The deliberately bad rows, so the demo shows the quarantine: three order lines with malformed
 * dates (a 30th of February, a day-first local date, an hour 25), one order line written twice (an
 * exact duplicate), and two survey answers with an NPS of 11. Each goes to the first suitable row
 * written from a fixed point of the customer list on (the first line of an order from 1/4, 1/2 and
 * 3/4 of the list for the dates, from 1/5 for the duplicate; a relationship NPS answer from 1/3 and
 * 2/3), so there are six whatever the size of the company, and none of the planted patterns
 * depends on them. Every one written is described for the manifest; a company of a handful of
 * customers may have fewer.
 */
final class Sprinkle {
    private final int[] malformedFrom;
    private final int duplicateFrom;
    private final int[] npsFrom;
    private int malformed;
    private boolean duplicated;
    private int nps;
    private final List<String> written = new ArrayList<>();

    Sprinkle(int customers) {
        this.malformedFrom = new int[] {customers / 4, customers / 2, customers * 3 / 4};
        this.duplicateFrom = customers / 5;
        this.npsFrom = new int[] {customers / 3, customers * 2 / 3};
    }

    /** The malformed text to write instead of the date of an order's first line, or null. */
    String malformedDate(int customer, String orderId, long at) {
        if (malformed >= malformedFrom.length || customer < malformedFrom[malformed]) {
            return null;
        }
        String ts = Fmt.timestamp(at);
        String bad = switch (malformed++) {
            case 0 -> ts.substring(0, 5) + "02-30" + ts.substring(10);
            case 1 -> ts.substring(8, 10) + "/" + ts.substring(5, 7) + "/" + ts.substring(0, 4) + " " + ts.substring(11, 16);
            default -> ts.substring(0, 11) + "25" + ts.substring(13);
        };
        written.add(DemoFile.ORDER_LINES.fileName + ": order " + orderId + " line 1 has the malformed date \"" + bad
                + "\" (expected yyyy-MM-dd HH:mm:ss)");
        return bad;
    }

    /** Whether an order's (well-formed) first line is to be written twice. */
    boolean duplicate(int customer, String orderId) {
        if (duplicated || customer < duplicateFrom) {
            return false;
        }
        duplicated = true;
        written.add(DemoFile.ORDER_LINES.fileName + ": order " + orderId + " line 1 is written twice (an exact duplicate row)");
        return true;
    }

    /** Whether this relationship survey answer gets an NPS of 11 (out of the 0-10 range). */
    boolean npsOutOfRange(int customer, String responseId) {
        if (nps >= npsFrom.length || customer < npsFrom[nps]) {
            return false;
        }
        nps++;
        written.add(DemoFile.FEEDBACK.fileName + ": response " + responseId + " has an NPS of 11 (allowed 0-10)");
        return true;
    }

    /** The bad rows written so far, described. */
    List<String> written() {
        return List.copyOf(written);
    }
}
