-- Saved segments (issue #15): a named filter set of the customer list ("save as segment"), kept as
-- the list's query parameters (a JSON object of name to value), usable again as saved=<id> on the
-- customer list and in the segment builder.
CREATE SEQUENCE saved_segment_seq START 1;
CREATE TABLE saved_segments (
    segment_id BIGINT PRIMARY KEY,
    name       VARCHAR NOT NULL UNIQUE,
    filters    JSON NOT NULL,
    created_by VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);
