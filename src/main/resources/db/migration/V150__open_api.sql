-- The open API for care systems (issue 13): API keys, idempotent creates, the log of calls, and a change time on
-- provider choices so a care system can poll for what changed.

CREATE TABLE api_client (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    name                 VARCHAR(200) NOT NULL,
    user_account_id      BIGINT       NOT NULL,
    key_prefix           VARCHAR(12)  NOT NULL,
    key_hash             CHAR(64)     NOT NULL,
    scopes               VARCHAR(500) NOT NULL,
    requests_per_minute  INT          NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    revoked_at           DATETIME(6),
    CONSTRAINT uq_api_client_key UNIQUE (key_hash),
    CONSTRAINT fk_api_client_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE = InnoDB;

-- A create sent again with the same Idempotency-Key gets the first answer again, and makes nothing new.
CREATE TABLE api_idempotency (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_id        BIGINT       NOT NULL,
    idempotency_key  VARCHAR(100) NOT NULL,
    request_hash     CHAR(64)     NOT NULL,
    status           INT          NOT NULL,
    location         VARCHAR(300),
    etag             VARCHAR(100),
    body             MEDIUMTEXT   NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_api_idempotency UNIQUE (client_id, idempotency_key),
    CONSTRAINT fk_api_idempotency_client FOREIGN KEY (client_id) REFERENCES api_client (id)
) ENGINE = InnoDB;

CREATE TABLE api_call (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    client_id    BIGINT       NOT NULL,
    method       VARCHAR(10)  NOT NULL,
    path         VARCHAR(300) NOT NULL,
    status       INT          NOT NULL,
    duration_ms  BIGINT       NOT NULL,
    INDEX ix_api_call_client (client_id, occurred_at)
) ENGINE = InnoDB;

ALTER TABLE provider_choice ADD COLUMN changed_at DATETIME(6) NULL;
UPDATE provider_choice SET changed_at = made_at;
-- Set-based moves (a provider failure) insert and end choices in SQL: the column fills and moves by itself there.
ALTER TABLE provider_choice MODIFY changed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);
CREATE INDEX ix_provider_choice_changed ON provider_choice (changed_at, id);
