package io.clientela.store.value;

import io.clientela.core.ClientelaException;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How money in several currencies becomes one figure: amounts are divided by the number of units
 * of their currency per unit of the base currency ({@code EUR: 0.92} with base USD means
 * 1 USD = 0.92 EUR). Amounts without a currency are taken to be in the base currency. With no
 * base configured the data must be in a single currency, which then is the base.
 *
 * @param base    the reporting currency (ISO code), or null to take the data's only currency
 * @param perBase units of each other currency per unit of the base currency
 */
public record Currency(String base, Map<String, Double> perBase) {
    public static final Currency SINGLE = new Currency(null, Map.of());

    public Currency {
        base = base == null ? null : base.toUpperCase(Locale.ROOT);
        Map<String, Double> rates = new TreeMap<>();
        perBase.forEach((k, v) -> {
            if (v == null || !(v > 0) || v.isInfinite()) {
                throw new IllegalArgumentException("the exchange rate of " + k + " must be a positive number, found " + v);
            }
            rates.put(k.toUpperCase(Locale.ROOT), v);
        });
        perBase = Map.copyOf(rates);
    }

    /**
     * Checks that every currency of the customers' orders and product costs can be converted and
     * returns the conversion with its base settled.
     */
    public Currency settle(Handle h) {
        Connection c = h.connection();
        List<Map<String, Object>> used = Db.query(c, """
                SELECT upper(currency) AS currency, count(*) AS n FROM (
                    SELECT currency FROM orders WHERE customer_id IS NOT NULL AND currency IS NOT NULL
                    UNION ALL SELECT currency FROM products WHERE cost IS NOT NULL AND currency IS NOT NULL)
                GROUP BY 1 ORDER BY 2 DESC, 1
                """);
        if (base == null) {
            if (used.size() > 1) {
                List<String> codes = used.stream().map(r -> (String) r.get("currency")).toList();
                throw new ClientelaException("orders are in " + used.size() + " currencies (" + String.join(", ", codes)
                        + "); set currency.base and currency.rates in clientela.yaml to add them up");
            }
            return new Currency(used.isEmpty() ? "" : (String) used.get(0).get("currency"), Map.of());
        }
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> r : used) {
            String code = (String) r.get("currency");
            if (!code.equals(base) && !perBase.containsKey(code)) {
                missing.add(code + " (" + r.get("n") + " rows)");
            }
        }
        if (!missing.isEmpty()) {
            throw new ClientelaException("no exchange rate to " + base + " for " + String.join(", ", missing)
                    + "; add them under currency.rates in clientela.yaml");
        }
        return this;
    }

    /** SQL for the amount in the base currency. */
    public String toBase(String amountSql, String currencySql) {
        if (perBase.isEmpty()) {
            return "CAST(" + amountSql + " AS DOUBLE)";
        }
        StringBuilder sb = new StringBuilder("CAST(").append(amountSql).append(" AS DOUBLE) / CASE upper(").append(currencySql).append(')');
        perBase.forEach((code, rate) -> sb.append(" WHEN ").append(Db.literal(code)).append(" THEN ").append(rate));
        return sb.append(" ELSE 1 END").toString();
    }

    public Optional<String> baseCode() {
        return base == null || base.isEmpty() ? Optional.empty() : Optional.of(base);
    }
}
