-- Acting on customer data: rule firings and their counts, alerts and their deliveries,
-- closed-loop follow-up cases with notes and status history, customer tags.

CREATE SEQUENCE firing_seq START 1;
-- Every time a rule fired, with what triggered it (an incoming item, or a scheduled run).
CREATE TABLE rule_firings (
    firing_id    BIGINT PRIMARY KEY,
    rule_id      VARCHAR NOT NULL,
    subject      VARCHAR NOT NULL,           -- the customer id, or the product id of a product rule
    customer_id  BIGINT,
    trigger_kind VARCHAR NOT NULL,           -- event, feedback, order, ticket, or schedule
    trigger_type VARCHAR,
    trigger_id   VARCHAR,
    fired_at     TIMESTAMP NOT NULL,
    depth        INTEGER NOT NULL            -- 0 for outside items, n for events raised by rules n steps down a chain
);
CREATE INDEX rule_firings_rule_subject ON rule_firings (rule_id, subject);

-- How often each rule was held back by its cooldown or stopped by the loop guard (how often it
-- fired is counted from rule_firings), and when a scheduled rule last ran.
CREATE TABLE rule_stats (
    rule_id        VARCHAR PRIMARY KEY,
    cooled_down    BIGINT NOT NULL,
    loop_stopped   BIGINT NOT NULL,
    last_run_at    TIMESTAMP
);

CREATE SEQUENCE alert_seq START 1;
CREATE TABLE alerts (
    alert_id       BIGINT PRIMARY KEY,
    firing_id      BIGINT,
    rule_id        VARCHAR NOT NULL,
    subject        VARCHAR NOT NULL,
    customer_id    BIGINT,
    priority       VARCHAR NOT NULL,
    title          VARCHAR NOT NULL,
    recommendation VARCHAR,
    routed_to      VARCHAR NOT NULL,
    routed_by      VARCHAR NOT NULL,         -- which routing rule chose routed_to
    source_kind    VARCHAR,                  -- the item that raised it
    source_id      VARCHAR,
    created_at     TIMESTAMP NOT NULL,
    case_id        BIGINT,                   -- the follow-up case opened by the same firing
    status         VARCHAR NOT NULL          -- new, delivering, delivered, failed (a delivery failed after its retries)
);

CREATE SEQUENCE delivery_seq START 1;
-- One row per channel an alert goes out on; failures stay here with the last error.
CREATE TABLE deliveries (
    delivery_id  BIGINT PRIMARY KEY,
    alert_id     BIGINT NOT NULL,
    channel      VARCHAR NOT NULL,           -- email, webhook
    target       VARCHAR NOT NULL,
    status       VARCHAR NOT NULL,           -- pending, delivered, failed
    attempts     INTEGER NOT NULL,
    last_error   VARCHAR,
    created_at   TIMESTAMP NOT NULL,
    delivered_at TIMESTAMP
);
CREATE INDEX deliveries_alert ON deliveries (alert_id);

CREATE SEQUENCE case_seq START 1;
CREATE TABLE cases (
    case_id          BIGINT PRIMARY KEY,
    customer_id      BIGINT,
    subject          VARCHAR NOT NULL,
    title            VARCHAR NOT NULL,
    priority         VARCHAR NOT NULL,
    status           VARCHAR NOT NULL,       -- open, assigned, in_progress, resolved, closed
    owner            VARCHAR,
    rule_id          VARCHAR,
    alert_id         BIGINT,
    source_kind      VARCHAR,                -- the feedback, event, order or ticket that opened it
    source_id        VARCHAR,
    opened_at        TIMESTAMP NOT NULL,
    due_at           TIMESTAMP NOT NULL,
    first_contact_at TIMESTAMP,
    resolved_at      TIMESTAMP,
    closed_at        TIMESTAMP,
    outcome          VARCHAR,                -- recovered, lost, ...
    escalated_at     TIMESTAMP,
    escalation_level INTEGER NOT NULL
);
CREATE INDEX cases_customer ON cases (customer_id);

CREATE TABLE case_notes (
    case_id  BIGINT NOT NULL,
    noted_at TIMESTAMP NOT NULL,
    author   VARCHAR NOT NULL,
    text     VARCHAR NOT NULL
);

CREATE TABLE case_history (
    case_id     BIGINT NOT NULL,
    changed_at  TIMESTAMP NOT NULL,
    from_status VARCHAR,
    to_status   VARCHAR NOT NULL,
    actor       VARCHAR NOT NULL,
    detail      VARCHAR
);

CREATE TABLE customer_tags (
    customer_id BIGINT NOT NULL,
    tag         VARCHAR NOT NULL,
    tagged_at   TIMESTAMP NOT NULL,
    rule_id     VARCHAR,
    PRIMARY KEY (customer_id, tag)
);
