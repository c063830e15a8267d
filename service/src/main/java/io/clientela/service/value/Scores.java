package io.clientela.service.value;

import io.clientela.analytics.value.clv.LifetimeValues;
import io.clientela.analytics.value.quadrant.Quadrant;
import io.clientela.analytics.value.rfm.RfmResult;
import io.clientela.store.value.CustomerScores;

/** The per-customer results as they are computed, turned into the store's record at the end. */
final class Scores {
    private final int n;
    private byte[] r;
    private byte[] f;
    private byte[] m;
    private String[] segment;
    private char[] abc;
    private String[] quadrant;
    private double[] alive;
    private double[] purchases;
    private double[] orderValue;
    private double[] clv;

    Scores(int n) {
        this.n = n;
    }

    void rfm(RfmResult result) {
        r = bytes(result.r());
        f = bytes(result.f());
        m = bytes(result.m());
        segment = result.segment();
    }

    void clv(LifetimeValues.Outcome o) {
        alive = o.probabilityAlive();
        purchases = o.expectedPurchases();
        orderValue = o.expectedOrderValue();
        clv = o.clv();
    }

    void abc(char[] classes) {
        abc = classes;
    }

    void quadrant(Quadrant[] q) {
        quadrant = new String[n];
        for (int i = 0; i < n; i++) {
            quadrant[i] = q[i].label();
        }
    }

    CustomerScores toStore() {
        return new CustomerScores(r, f, m, segment, abc, quadrant, alive, purchases, orderValue, clv);
    }

    private static byte[] bytes(int[] v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }
}
