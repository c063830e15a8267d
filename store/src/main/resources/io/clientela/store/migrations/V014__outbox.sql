-- The outbox: with 'delivery: outbox: true' in a rule file, each alert e-mail is rendered as it
-- would be sent and stored here instead of going to an SMTP server (a local mail sink the
-- dashboard shows on its #outbox page).
CREATE SEQUENCE outbox_seq START 1;
CREATE TABLE outbox (
    mail_id      BIGINT PRIMARY KEY,
    alert_id     BIGINT,
    stored_at    TIMESTAMP NOT NULL,
    mail_from    VARCHAR NOT NULL,
    mail_to      VARCHAR NOT NULL,
    subject      VARCHAR NOT NULL,
    body         VARCHAR NOT NULL
);
