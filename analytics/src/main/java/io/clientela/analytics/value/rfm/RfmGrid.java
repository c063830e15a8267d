package io.clientela.analytics.value.rfm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 5 × 5 recency × FM grid of an RFM result, for the dashboard's heat map: customers per cell, R = 5..1 by FM = 1..5. */
public final class RfmGrid {
    private RfmGrid() {
    }

    public static List<Map<String, Object>> of(RfmResult r) {
        long[][] cells = new long[6][6];
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < r.r().length; i++) {
            int fm = (r.f()[i] + r.m()[i] + 1) / 2;
            cells[r.r()[i]][fm]++;
            names.putIfAbsent(r.r()[i] + "/" + fm, r.segment()[i]);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int rs = 5; rs >= 1; rs--) {
            for (int fm = 1; fm <= 5; fm++) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("r", rs);
                cell.put("fm", fm);
                cell.put("customers", cells[rs][fm]);
                cell.put("segment", names.get(rs + "/" + fm));
                out.add(cell);
            }
        }
        return out;
    }
}
