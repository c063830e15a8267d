package io.clientela.ingest.collect;

import java.nio.charset.StandardCharsets;

/**
 * The ids of stored items as 64-bit fingerprints in an open-addressing set, so that checking a
 * batch for resent items costs no scan of the growing tables. A fingerprint hit is only a
 * candidate: the collector confirms it in the store before calling an item a duplicate, so a
 * collision never drops an item. About 16 bytes per id. Used by the writer thread only.
 */
final class KnownIds {
    private long[] slots = new long[1 << 16];
    private int size;

    static long fingerprint(Kind kind, String source, String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : (kind.ordinal() + "\u0000" + source + "\u0000" + id).getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    boolean mightContain(long fp) {
        int mask = slots.length - 1;
        for (int i = (int) fp & mask; ; i = (i + 1) & mask) {
            if (slots[i] == 0) {
                return false;
            }
            if (slots[i] == fp) {
                return true;
            }
        }
    }

    void add(long fp) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (insert(slots, fp)) {
            size++;
        }
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] table, long fp) {
        int mask = table.length - 1;
        for (int i = (int) fp & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = fp;
                return true;
            }
            if (table[i] == fp) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long fp : slots) {
            if (fp != 0) {
                insert(bigger, fp);
            }
        }
        slots = bigger;
    }
}
