-- Point look-ups for the Customer 360: a customer's records, identities and facts.
-- (ART indexes; DuckDB uses them for equality filters such as "WHERE customer_id = ?".)
CREATE INDEX customer_records_customer ON customer_records (customer_id);
CREATE INDEX customer_records_external ON customer_records (external_id);
CREATE INDEX identities_record ON identities (record_id);
CREATE INDEX identities_value ON identities (value);
CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX events_customer ON events (customer_id);
CREATE INDEX tickets_customer ON tickets (customer_id);
CREATE INDEX feedback_customer ON feedback (customer_id);
CREATE INDEX opportunities_customer ON opportunities (customer_id);
CREATE INDEX activities_customer ON activities (customer_id);
CREATE INDEX campaign_contacts_customer ON campaign_contacts (customer_id);
