-- A feedback, event, order or ticket id is unique only within its source system (issue #14): a case
-- or alert now keeps the system of the item that opened it beside its kind and id, and a case's
-- source is looked up by (source, id) and the case's customer, never by the id alone. Cases and
-- alerts of earlier versions get their system where exactly one item of the customer has that id;
-- the rest keep NULL, and their source is shown only when the customer has one item with that id.
-- DuckDB does not alter a table an index depends on, so the index is dropped and made again.
DROP INDEX cases_customer;
ALTER TABLE cases ADD COLUMN source_system VARCHAR;
CREATE INDEX cases_customer ON cases (customer_id);
ALTER TABLE alerts ADD COLUMN source_system VARCHAR;
UPDATE cases SET source_system = s.source FROM (
    SELECT * FROM (
        SELECT 'feedback' AS kind, source, feedback_id AS id, customer_id FROM feedback
        UNION ALL SELECT 'event', source, event_id, customer_id FROM events
        UNION ALL SELECT 'order', source, order_id, customer_id FROM orders
        UNION ALL SELECT 'ticket', source, ticket_id, customer_id FROM tickets
    ) i WHERE i.id IN (SELECT source_id FROM cases)
    QUALIFY count(*) OVER (PARTITION BY kind, id, customer_id) = 1
) s
WHERE s.kind = cases.source_kind AND s.id = cases.source_id AND s.customer_id IS NOT DISTINCT FROM cases.customer_id;
UPDATE alerts SET source_system = k.source_system FROM cases k WHERE k.case_id = alerts.case_id AND k.source_kind = alerts.source_kind
    AND k.source_id = alerts.source_id;
