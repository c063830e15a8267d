-- Customer-value analysis runs (issue #3). A run records what was computed, as of which date, from
-- which data window, with which parameters and algorithm versions; its per-customer results are
-- written in customer_id order (so zone maps find one customer's row without an index).
CREATE SEQUENCE run_seq START 1;
CREATE TABLE analysis_runs (
    run_id            BIGINT PRIMARY KEY,
    analyses          VARCHAR[] NOT NULL,   -- which of rfm, abc, quadrant, clv, cohorts the run computed
    as_of             DATE NOT NULL,
    parameters        JSON NOT NULL,
    data_from         DATE,
    data_to           DATE,
    algorithm_version VARCHAR NOT NULL,
    started_at        TIMESTAMP NOT NULL,
    finished_at       TIMESTAMP NOT NULL,
    customers         BIGINT NOT NULL,
    result            JSON NOT NULL          -- aggregates: fits, Pareto curve, cohorts, roll-ups, notes
);

CREATE TABLE customer_values (
    run_id               BIGINT NOT NULL,
    customer_id          BIGINT NOT NULL,
    first_order          DATE,
    last_order           DATE,
    orders               INTEGER,
    recency_days         INTEGER,
    revenue              DOUBLE,
    margin               DOUBLE,
    r_score              TINYINT,
    f_score              TINYINT,
    m_score              TINYINT,
    rfm_segment          VARCHAR,
    abc_class            VARCHAR,
    satisfaction         DOUBLE,
    responses            INTEGER,
    quadrant             VARCHAR,
    p_alive              DOUBLE,
    expected_purchases   DOUBLE,
    expected_order_value DOUBLE,
    clv                  DOUBLE
);

CREATE TABLE product_values (
    run_id           BIGINT NOT NULL,
    product_id       VARCHAR NOT NULL,
    revenue          DOUBLE NOT NULL,
    share            DOUBLE NOT NULL,
    cumulative_share DOUBLE NOT NULL,
    abc_class        VARCHAR NOT NULL
);

-- The latest value of each figure per customer: each group of columns comes from the latest run
-- that computed it. Rules and the dashboard read this view.
CREATE VIEW latest_values AS
WITH latest AS (
    SELECT max(run_id) FILTER (WHERE list_contains(analyses, 'rfm')) AS rfm,
           max(run_id) FILTER (WHERE list_contains(analyses, 'abc')) AS abc,
           max(run_id) FILTER (WHERE list_contains(analyses, 'quadrant')) AS quadrant,
           max(run_id) FILTER (WHERE list_contains(analyses, 'clv')) AS clv
    FROM analysis_runs)
SELECT c.customer_id,
       r.run_id AS rfm_run, r.recency_days, r.orders, r.revenue, r.r_score, r.f_score, r.m_score, r.rfm_segment,
       a.run_id AS abc_run, a.abc_class,
       q.run_id AS quadrant_run, q.satisfaction, q.quadrant,
       v.run_id AS clv_run, v.p_alive, v.expected_purchases, v.expected_order_value, v.clv
FROM customers c CROSS JOIN latest
LEFT JOIN customer_values r ON r.customer_id = c.customer_id AND r.run_id = latest.rfm
LEFT JOIN customer_values a ON a.customer_id = c.customer_id AND a.run_id = latest.abc
LEFT JOIN customer_values q ON q.customer_id = c.customer_id AND q.run_id = latest.quadrant
LEFT JOIN customer_values v ON v.customer_id = c.customer_id AND v.run_id = latest.clv;
