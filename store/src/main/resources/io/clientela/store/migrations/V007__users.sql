-- Users, sessions and the audit log of the dashboard and REST API (issue #6).
-- Passwords are stored as PBKDF2-HMAC-SHA256 hashes ("pbkdf2-sha256$iterations$salt$hash", base64);
-- sessions by the SHA-256 of their token, so a copy of the database does not hand out live sessions.
CREATE SEQUENCE user_seq START 1;
CREATE TABLE users (
    user_id       BIGINT PRIMARY KEY,
    username      VARCHAR NOT NULL UNIQUE,
    role          VARCHAR NOT NULL,
    password_hash VARCHAR NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL,
    disabled      BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE sessions (
    token_sha256 VARCHAR PRIMARY KEY,
    user_id      BIGINT NOT NULL,
    csrf_token   VARCHAR NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    expires_at   TIMESTAMP NOT NULL
);

-- Every read of personal data, every export and erasure, every login: who, when, what, which customer.
CREATE SEQUENCE audit_seq START 1;
CREATE TABLE audit_log (
    audit_id    BIGINT PRIMARY KEY,
    logged_at   TIMESTAMP NOT NULL,
    username    VARCHAR,
    role        VARCHAR,
    action      VARCHAR NOT NULL,
    customer_id BIGINT,
    detail      VARCHAR,
    remote      VARCHAR
);
