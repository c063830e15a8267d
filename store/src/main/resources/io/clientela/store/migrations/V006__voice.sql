-- Voice of the customer (issue #4): one row per 'analyze voice' run with its provenance and
-- aggregates, and the language, sentiment and themes of every feedback response it read.
CREATE TABLE voice_runs (
    run_id      BIGINT PRIMARY KEY,
    created_at  TIMESTAMP NOT NULL,
    responses   BIGINT NOT NULL,
    with_text   BIGINT NOT NULL,
    provenance  JSON NOT NULL,
    aggregates  JSON NOT NULL
);

CREATE TABLE voice_responses (
    run_id          BIGINT NOT NULL,
    source          VARCHAR NOT NULL,
    feedback_id     VARCHAR NOT NULL,
    customer_id     BIGINT,
    language        VARCHAR NOT NULL,
    language_source VARCHAR NOT NULL,
    given_language  VARCHAR,
    sentiment       DOUBLE,
    label           VARCHAR,
    method          VARCHAR,
    themes          VARCHAR[],
    empty_text      BOOLEAN NOT NULL,
    truncated       BOOLEAN NOT NULL,
    html_stripped   BOOLEAN NOT NULL,
    mixed_language  BOOLEAN NOT NULL,
    invalid_utf8    INTEGER NOT NULL
);

CREATE INDEX voice_responses_customer ON voice_responses (customer_id);
