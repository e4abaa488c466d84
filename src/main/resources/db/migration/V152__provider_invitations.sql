-- The provider workspace (issue 13): a provider's administrator invites colleagues by e-mail. Only a hash of the
-- invitation's token is kept; the link expires.
CREATE TABLE provider_invitation (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    organisation_id      BIGINT       NOT NULL,
    provider_id          BIGINT       NOT NULL,
    email                VARCHAR(200) NOT NULL,
    role                 VARCHAR(30)  NOT NULL,
    token_hash           CHAR(64)     NOT NULL,
    invited_by_user_id   BIGINT       NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    expires_at           DATETIME(6)  NOT NULL,
    accepted_at          DATETIME(6),
    accepted_user_id     BIGINT,
    revoked_at           DATETIME(6),
    CONSTRAINT uq_provider_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_provider_invitation_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    INDEX ix_provider_invitation_organisation (organisation_id, created_at)
) ENGINE = InnoDB;
