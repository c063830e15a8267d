-- Clientela canonical model, version 1.
-- All timestamps are UTC (TIMESTAMP without zone, by convention); money is DECIMAL(18,4) with a currency.
-- Every fact keeps the source system and the customer's id there (customer_key); customer_id is the
-- resolved profile, maintained by identity resolution.

CREATE SEQUENCE import_seq START 1;
CREATE TABLE imports (
    import_id      BIGINT PRIMARY KEY,
    file           VARCHAR NOT NULL,
    file_sha256    VARCHAR NOT NULL,
    file_bytes     BIGINT NOT NULL,
    mapping        VARCHAR NOT NULL,
    mapping_sha256 VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    entity         VARCHAR NOT NULL,
    started_at     TIMESTAMP NOT NULL,
    finished_at    TIMESTAMP NOT NULL,
    rows_read      BIGINT NOT NULL,
    accepted       BIGINT NOT NULL,
    quarantined    BIGINT NOT NULL
);

CREATE TABLE quarantine (
    import_id BIGINT NOT NULL,
    file      VARCHAR NOT NULL,
    row_no    BIGINT NOT NULL,
    field     VARCHAR,
    value     VARCHAR,
    reason    VARCHAR NOT NULL,
    raw       JSON
);

CREATE SEQUENCE record_seq START 1;
-- One row per customer as one source system knows it.
CREATE TABLE customer_records (
    record_id           BIGINT PRIMARY KEY,
    source              VARCHAR NOT NULL,
    external_id         VARCHAR NOT NULL,
    customer_id         BIGINT,
    name                VARCHAR,
    first_name          VARCHAR,
    last_name           VARCHAR,
    email               VARCHAR,
    phone               VARCHAR,
    birth_date          DATE,
    gender              VARCHAR,
    language            VARCHAR,
    country             VARCHAR,
    region              VARCHAR,
    city                VARCHAR,
    latitude            DOUBLE,
    longitude           DOUBLE,
    acquisition_channel VARCHAR,
    acquired_at         TIMESTAMP,
    consent_email       BOOLEAN,
    consent_sms         BOOLEAN,
    consent_tracking    BOOLEAN,
    account_owner       VARCHAR,
    attributes          JSON,
    updated_at          TIMESTAMP,
    import_id           BIGINT,
    UNIQUE (source, external_id)
);

-- Normalised identifiers of a record: EMAIL, PHONE (E.164) and EXTERNAL_ID (source:id).
CREATE TABLE identities (
    record_id BIGINT NOT NULL,
    type      VARCHAR NOT NULL,
    value     VARCHAR NOT NULL,
    source    VARCHAR NOT NULL
);

-- The golden profile: one per real customer, values chosen by survivorship rules.
CREATE TABLE customers (
    customer_id         BIGINT PRIMARY KEY,
    name                VARCHAR,
    first_name          VARCHAR,
    last_name           VARCHAR,
    email               VARCHAR,
    phone               VARCHAR,
    birth_date          DATE,
    gender              VARCHAR,
    language            VARCHAR,
    country             VARCHAR,
    region              VARCHAR,
    city                VARCHAR,
    latitude            DOUBLE,
    longitude           DOUBLE,
    acquisition_channel VARCHAR,
    acquired_at         TIMESTAMP,
    consent_email       BOOLEAN,
    consent_sms         BOOLEAN,
    consent_tracking    BOOLEAN,
    account_owner       VARCHAR,
    attributes          JSON,
    updated_at          TIMESTAMP,
    records             INTEGER NOT NULL
);

CREATE SEQUENCE merge_seq START 1;
-- Every link that joined two records into one customer, with its reason; undone links are kept.
CREATE TABLE merges (
    merge_id    BIGINT PRIMARY KEY,
    record_a    BIGINT NOT NULL,
    record_b    BIGINT NOT NULL,
    key_type    VARCHAR NOT NULL,
    key_value   VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    merged_at   TIMESTAMP NOT NULL,
    import_id   BIGINT,
    undone_at   TIMESTAMP
);

CREATE TABLE products (
    product_id VARCHAR PRIMARY KEY,
    source     VARCHAR NOT NULL,
    name       VARCHAR,
    category   VARCHAR,
    price      DECIMAL(18,4),
    cost       DECIMAL(18,4),
    currency   VARCHAR,
    import_id  BIGINT
);

CREATE TABLE orders (
    source       VARCHAR NOT NULL,
    order_id     VARCHAR NOT NULL,
    customer_key VARCHAR,
    customer_id  BIGINT,
    ordered_at   TIMESTAMP NOT NULL,
    status       VARCHAR NOT NULL,
    currency     VARCHAR,
    channel      VARCHAR,
    store        VARCHAR,
    region       VARCHAR,
    country      VARCHAR,
    total_amount DECIMAL(18,4),
    import_id    BIGINT
);

CREATE TABLE order_lines (
    source            VARCHAR NOT NULL,
    order_id          VARCHAR NOT NULL,
    line_no           INTEGER NOT NULL,
    product_id        VARCHAR NOT NULL,
    quantity          INTEGER NOT NULL,
    unit_price        DECIMAL(18,4) NOT NULL,
    amount            DECIMAL(18,4) NOT NULL,
    returned_quantity INTEGER NOT NULL DEFAULT 0,
    status            VARCHAR NOT NULL,
    import_id         BIGINT,
    row_no            BIGINT
);

CREATE TABLE events (
    source       VARCHAR NOT NULL,
    event_id     VARCHAR NOT NULL,
    customer_key VARCHAR,
    customer_id  BIGINT,
    anonymous_id VARCHAR,
    type         VARCHAR NOT NULL,
    occurred_at  TIMESTAMP NOT NULL,
    channel      VARCHAR,
    session_id   VARCHAR,
    url          VARCHAR,
    referrer     VARCHAR,
    product_id   VARCHAR,
    properties   JSON,
    import_id    BIGINT
);

CREATE TABLE tickets (
    source       VARCHAR NOT NULL,
    ticket_id    VARCHAR NOT NULL,
    customer_key VARCHAR,
    customer_id  BIGINT,
    opened_at    TIMESTAMP NOT NULL,
    closed_at    TIMESTAMP,
    category     VARCHAR,
    channel      VARCHAR,
    priority     VARCHAR,
    warranty     BOOLEAN,
    cost         DECIMAL(18,4),
    outcome      VARCHAR,
    satisfaction INTEGER,
    import_id    BIGINT
);

CREATE TABLE feedback (
    source       VARCHAR NOT NULL,
    feedback_id  VARCHAR NOT NULL,
    customer_key VARCHAR,
    customer_id  BIGINT,
    responded_at TIMESTAMP NOT NULL,
    survey       VARCHAR,
    touchpoint   VARCHAR,
    channel      VARCHAR,
    product_id   VARCHAR,
    nps          INTEGER,
    csat         INTEGER,
    ces          INTEGER,
    ratings      JSON,
    text         VARCHAR,
    language     VARCHAR,
    import_id    BIGINT
);

CREATE TABLE opportunities (
    source         VARCHAR NOT NULL,
    opportunity_id VARCHAR NOT NULL,
    customer_key   VARCHAR,
    customer_id    BIGINT,
    name           VARCHAR,
    stage          VARCHAR,
    amount         DECIMAL(18,4),
    currency       VARCHAR,
    owner          VARCHAR,
    created_at     TIMESTAMP,
    expected_close DATE,
    closed_at      TIMESTAMP,
    status         VARCHAR,
    import_id      BIGINT
);

CREATE TABLE activities (
    source         VARCHAR NOT NULL,
    activity_id    VARCHAR NOT NULL,
    opportunity_id VARCHAR,
    customer_key   VARCHAR,
    customer_id    BIGINT,
    type           VARCHAR,
    outcome        VARCHAR,
    occurred_at    TIMESTAMP NOT NULL,
    owner          VARCHAR,
    import_id      BIGINT
);

CREATE TABLE campaigns (
    source      VARCHAR NOT NULL,
    campaign_id VARCHAR NOT NULL,
    name        VARCHAR,
    channel     VARCHAR,
    cost        DECIMAL(18,4),
    currency    VARCHAR,
    started_at  TIMESTAMP,
    ended_at    TIMESTAMP,
    import_id   BIGINT
);

CREATE TABLE campaign_contacts (
    source       VARCHAR NOT NULL,
    campaign_id  VARCHAR NOT NULL,
    customer_key VARCHAR,
    customer_id  BIGINT,
    contacted_at TIMESTAMP NOT NULL,
    responded    BOOLEAN,
    responded_at TIMESTAMP,
    converted    BOOLEAN,
    revenue      DECIMAL(18,4),
    import_id    BIGINT
);

CREATE TABLE sales_targets (
    source       VARCHAR NOT NULL,
    period       VARCHAR NOT NULL,
    period_start DATE NOT NULL,
    period_end   DATE NOT NULL,
    owner        VARCHAR,
    region       VARCHAR,
    amount       DECIMAL(18,4) NOT NULL,
    currency     VARCHAR,
    import_id    BIGINT
);
