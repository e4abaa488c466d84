-- Login throttling (issue 8): failed logins are counted per typed user name and per client address, whether or
-- not the user exists, in one row each, updated by single atomic statements. The hard 15-minute lock on the
-- account (which anyone could trigger, and which told who exists) goes.
CREATE TABLE login_throttle (
    -- SHA-256 (hex) of 'account:<user name in lower case>' or 'address:<client address>': what people type in
    -- the user name field (sometimes their password) is never stored in clear.
    subject          CHAR(64)     NOT NULL PRIMARY KEY,
    attempts         INT          NOT NULL DEFAULT 0,
    last_attempt_at  DATETIME(6)  NOT NULL,
    blocked_until    DATETIME(6),
    INDEX ix_login_throttle_last_attempt (last_attempt_at)
) ENGINE = InnoDB;

ALTER TABLE user_account DROP COLUMN failed_attempts, DROP COLUMN locked_until;
