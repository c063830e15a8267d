package io.clientela.bench;

import io.clientela.store.Db;
import java.sql.Connection;

/**
 * A synthetic workspace for the value benchmark, written straight into DuckDB: customers in eight
 * countries and five channels, orders over two years (each customer buying at their own rate,
 * some stopping early), one line per order over 200 products with costs, a few cancellations,
 * credit notes and returns, and NPS/CSAT answers from about a third of the customers, most with a short comment in
 * English, Spanish, Chinese or Hungarian. Seeded:
 * the same arguments give the same data.
 */
final class SyntheticValueData {
    private SyntheticValueData() {
    }

    static void build(Connection c, int customers, int ordersPerCustomer, int seed) {
        long orders = (long) customers * ordersPerCustomer;
        Db.execute(c, "SELECT setseed(" + (seed % 1000) / 1000.0 + ")");
        Db.execute(c, """
                INSERT INTO products (product_id, source, name, category, price, cost, currency)
                SELECT 'P' || i, 'synthetic', 'Product ' || i, 'category ' || (i %% 12), 5 + i, (5 + i) * (0.4 + (i %% 5) / 20.0), 'USD'
                FROM range(200) t(i)
                """.formatted());
        Db.execute(c, """
                INSERT INTO customers (customer_id, name, email, country, region, acquisition_channel, acquired_at, records)
                SELECT i, 'Customer ' || i, 'c' || i || '@example.com',
                       ['US', 'GB', 'DE', 'ES', 'IE', 'MX', 'CN', 'HU'][1 + ((hash(i, 1) %% 8)::BIGINT)],
                       'region ' || ((hash(i, 2) %% 20)::BIGINT), ['organic', 'paid_search', 'social', 'affiliate', 'email'][1 + ((hash(i, 3) %% 5)::BIGINT)],
                       TIMESTAMP '2024-11-01' + INTERVAL ((hash(i, 4) %% 700)::BIGINT) DAY, 1
                FROM range(1, %d + 1) t(i)
                """.formatted(customers));
        Db.execute(c, """
                INSERT INTO customer_records (record_id, source, external_id, customer_id, name, email, country)
                SELECT customer_id, 'synthetic', 'C' || customer_id, customer_id, name, email, country FROM customers
                """);
        // Each order goes to a customer at random, on a day between their acquisition and their own drop-out day.
        Db.execute(c, """
                INSERT INTO orders (source, order_id, customer_id, ordered_at, status, currency, channel, country, total_amount)
                WITH o AS (
                    SELECT i, 1 + ((hash(i, 5) %% %1$d)::BIGINT) AS customer_id, (hash(i, 6) %% 1000)::BIGINT AS roll
                    FROM range(%2$d) t(i))
                SELECT 'synthetic', 'O' || i, o.customer_id,
                       c.acquired_at + INTERVAL (CAST(((hash(i, 7) %% 10000)::BIGINT / 10000.0)
                           * least(date_diff('day', c.acquired_at, TIMESTAMP '2026-10-30'), (hash(o.customer_id, 8) %% 700)::BIGINT + 1) AS BIGINT)) DAY
                           + INTERVAL ((hash(i, 9) %% 86400)::BIGINT) SECOND,
                       CASE WHEN roll < 20 THEN 'cancelled' WHEN roll < 30 THEN 'returned' ELSE 'completed' END,
                       'USD', ['web', 'app', 'store'][1 + (hash(i, 10) %% 3)::BIGINT], c.country,
                       CASE WHEN roll BETWEEN 30 AND 34 THEN -(5 + (hash(i, 11) %% 50)::BIGINT) ELSE 5 + (hash(i, 11) %% 19500)::BIGINT / 100.0 END
                FROM o JOIN customers c USING (customer_id)
                """.formatted(customers, orders));
        Db.execute(c, """
                INSERT INTO order_lines (source, order_id, line_no, product_id, quantity, unit_price, amount, returned_quantity, status)
                SELECT source, order_id, 1, 'P' || ((hash(order_id) % 200)::BIGINT), 1, total_amount, total_amount,
                       CASE WHEN (hash(order_id, 1) % 100)::BIGINT = 0 THEN 1 ELSE 0 END, status
                FROM orders
                """);
        // Six answers in ten carry a short comment in one of the four languages (for the voice analysis and its pages).
        Db.execute(c, """
                INSERT INTO feedback (source, feedback_id, customer_id, responded_at, survey, nps, csat, text, language)
                SELECT 'synthetic', 'F' || i, 1 + ((hash(i, 12) %% %d)::BIGINT), TIMESTAMP '2025-01-01' + INTERVAL ((hash(i, 13) %% 660)::BIGINT) DAY, 'relationship',
                       ((hash(i, 14) %% 11)::BIGINT), 1 + ((hash(i, 15) %% 5)::BIGINT),
                       CASE WHEN (hash(i, 16) %% 10)::BIGINT < 6 THEN t.text END, CASE WHEN (hash(i, 16) %% 10)::BIGINT < 6 THEN t.language END
                FROM range(%d) r(i) JOIN (VALUES
                    (0, 'en', 'Fast delivery and friendly staff'), (1, 'en', 'The product broke after a week, very disappointed'),
                    (2, 'en', 'Good value for money, I will buy again'), (3, 'en', 'Delivery was late and support never answered'),
                    (4, 'en', 'Great quality but the price is too high'), (5, 'es', 'Entrega rápida y muy buen servicio'),
                    (6, 'es', 'El producto llegó roto, muy decepcionado'), (7, 'es', 'Buena relación calidad precio'),
                    (8, 'es', 'El envío tardó demasiado y nadie respondió'), (9, 'zh', '送货很快，服务很好'), (10, 'zh', '质量太差了，很失望'),
                    (11, 'zh', '价格合理，值得购买'), (12, 'hu', 'Gyors szállítás, kedves kiszolgálás'),
                    (13, 'hu', 'A termék minősége rossz, csalódott vagyok'), (14, 'hu', 'Jó ár-érték arány, ajánlom')) t(k, language, text)
                  ON t.k = (hash(i, 17) %% 15)::BIGINT
                """.formatted(customers, customers / 2));
    }
}
