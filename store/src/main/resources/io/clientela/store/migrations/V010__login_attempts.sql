-- The brute-force guard on logins (issue #14), kept in the workspace so that a restart does not
-- reset it: one row per login attempt and key (the user name tried, the address it came from),
-- written before the password is checked and removed when the login succeeds, so what is left are
-- the attempts still being checked and the failures. Rows older than the guard's window are deleted.
-- A key is stored as its SHA-256 (never the name typed, which may be an e-mail, nor the address).
CREATE TABLE login_attempts (
    attempt_id   VARCHAR NOT NULL,
    key_sha256   VARCHAR NOT NULL,
    attempted_at TIMESTAMP NOT NULL
);
