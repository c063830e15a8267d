-- The HTTP collector (issue 5): API keys for machines and trackers. Only a SHA-256 of each key's
-- secret is kept; the key itself is shown once, when it is created. Collected items go into the
-- canonical tables (events, feedback, orders, order_lines) and the quarantine like imported rows.
CREATE TABLE api_keys (
    key_id        VARCHAR PRIMARY KEY,
    role          VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,
    label         VARCHAR,
    secret_sha256 VARCHAR NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    revoked_at    TIMESTAMP
);
