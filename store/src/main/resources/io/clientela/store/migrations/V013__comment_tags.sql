-- Tags on comments (issue #15): staff mark feedback responses ("refund promised", "quote in deck")
-- in the comment explorer and filter by them. A tag belongs to one response (source, feedback_id);
-- customer_id is copied from the response so that erasing a customer removes their tags too
-- (the privacy requests find every table with a customer_id column). No key or index: an erasure
-- rewrites text columns in place, which DuckDB refuses on indexed columns; a tag is added once by its writer.
CREATE TABLE comment_tags (
    source      VARCHAR NOT NULL,
    feedback_id VARCHAR NOT NULL,
    tag         VARCHAR NOT NULL,
    customer_id BIGINT,
    tagged_by   VARCHAR NOT NULL,
    tagged_at   TIMESTAMP NOT NULL
);
