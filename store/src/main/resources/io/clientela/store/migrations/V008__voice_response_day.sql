-- The voice pages (issue #6) count sentiment and themes per month and by NPS from voice_responses
-- alone, without joining feedback on (source, feedback_id) at every request: each response's time
-- and NPS answer are kept with the run's reading of it. Rows of earlier runs are filled from feedback.
-- DuckDB does not alter a table an index depends on, so the index is dropped and made again.
DROP INDEX voice_responses_customer;
ALTER TABLE voice_responses ADD COLUMN responded_at TIMESTAMP;
ALTER TABLE voice_responses ADD COLUMN nps INTEGER;
UPDATE voice_responses SET responded_at = f.responded_at, nps = f.nps
FROM feedback f WHERE f.source = voice_responses.source AND f.feedback_id = voice_responses.feedback_id;
CREATE INDEX voice_responses_customer ON voice_responses (customer_id);
