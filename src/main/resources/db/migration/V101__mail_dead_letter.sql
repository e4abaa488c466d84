-- Mails the portal gave up on (issue 8): a refused address, or the mail server failed too many times. They leave the
-- outbox (no retries for ever, no stack trace every minute) and wait here for the municipality's administrator.
-- The body is not kept: it may hold personal data and the administrator needs only what, to whom and why.
CREATE TABLE mail_dead_letter (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_id  BIGINT,
    recipient        VARCHAR(400)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    reference        VARCHAR(200)  NOT NULL,
    attempts         INT           NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    failed_at        DATETIME(6)   NOT NULL,
    INDEX ix_mail_dead_letter_municipality (municipality_id, failed_at)
) ENGINE = InnoDB;
