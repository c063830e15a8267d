-- Anonymous visitors' events waiting for the customer who identified on their device (issue #5).
-- The collector notes the link here in the batch's own transaction and gives the visitor's earlier
-- events their customer shortly after, in a transaction of its own, so that an UPDATE of the events
-- table does not hold up the batch's answer. A note still here after a restart is acted on then.
-- An erasure deletes the notes for its customer (customer_id), like every row naming them.
CREATE SEQUENCE backfill_seq;
CREATE TABLE anonymous_backfills (
    seq          BIGINT NOT NULL,
    source       VARCHAR NOT NULL,
    anonymous_id VARCHAR NOT NULL,
    customer_key VARCHAR NOT NULL,
    customer_id  BIGINT,
    from_import  BIGINT
);
