-- The approval model in the portal: each municipality's requirement list per service area, applications from provider
-- organisations with answers and evidence, staff's assessment of each requirement, questions and decisions, and
-- suspensions of providers. Decisions are also in the audit trail (who, when, why).

-- How many days the municipality promises for a decision; applications past it are overdue.
CREATE TABLE approval_policy (
    municipality_id  BIGINT       PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    decision_days    INT          NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_approval_policy_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_approval_policy_days CHECK (decision_days BETWEEN 1 AND 365)
) ENGINE = InnoDB;

-- A requirement is never deleted (answers point at it); a retired one is no longer asked.
CREATE TABLE approval_requirement (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    municipality_id    BIGINT        NOT NULL,
    service_area_id    BIGINT        NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    text               VARCHAR(500)  NOT NULL,
    evidence_required  BOOLEAN       NOT NULL,
    position           INT           NOT NULL,
    active             BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at         DATETIME(6)   NOT NULL,
    INDEX ix_requirement_area (service_area_id, active, position),
    CONSTRAINT fk_requirement_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_requirement_area FOREIGN KEY (service_area_id) REFERENCES service_area (id)
) ENGINE = InnoDB;

CREATE TABLE approval_application (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT         NOT NULL DEFAULT 0,
    organisation_id       BIGINT         NOT NULL,
    municipality_id       BIGINT         NOT NULL,
    status                VARCHAR(30)    NOT NULL,
    capacity              INT            NOT NULL,
    postcodes             VARCHAR(1000)  NOT NULL,
    contact_email         VARCHAR(200)   NOT NULL,
    submitted_at          DATETIME(6)    NOT NULL,
    submitted_by_user_id  BIGINT,
    decision_due          DATE           NOT NULL,
    decided_at            DATETIME(6),
    decided_by_user_id    BIGINT,
    decided_by_name       VARCHAR(200),
    decision_reason       VARCHAR(1000),
    start_date            DATE,
    provider_id           BIGINT,
    INDEX ix_application_municipality (municipality_id, status, decision_due),
    INDEX ix_application_organisation (organisation_id, submitted_at),
    CONSTRAINT fk_application_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id),
    CONSTRAINT fk_application_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_application_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT ck_application_capacity CHECK (capacity > 0)
) ENGINE = InnoDB;

CREATE TABLE approval_application_area (
    application_id   BIGINT NOT NULL,
    service_area_id  BIGINT NOT NULL,
    PRIMARY KEY (application_id, service_area_id),
    CONSTRAINT fk_application_area_application FOREIGN KEY (application_id) REFERENCES approval_application (id),
    CONSTRAINT fk_application_area_area FOREIGN KEY (service_area_id) REFERENCES service_area (id)
) ENGINE = InnoDB;

CREATE TABLE approval_answer (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT         NOT NULL DEFAULT 0,
    application_id       BIGINT         NOT NULL,
    requirement_id       BIGINT         NOT NULL,
    answer               VARCHAR(2000)  NOT NULL,
    assessment           VARCHAR(10),
    assessment_comment   VARCHAR(1000),
    assessed_by_user_id  BIGINT,
    assessed_at          DATETIME(6),
    CONSTRAINT uq_answer UNIQUE (application_id, requirement_id),
    CONSTRAINT fk_answer_application FOREIGN KEY (application_id) REFERENCES approval_application (id),
    CONSTRAINT fk_answer_requirement FOREIGN KEY (requirement_id) REFERENCES approval_requirement (id)
) ENGINE = InnoDB;

-- Evidence files (PDF or image), size-limited by the portal, checked by the scanning hook before they are stored.
CREATE TABLE approval_evidence (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id       BIGINT         NOT NULL,
    requirement_id       BIGINT,
    file_name            VARCHAR(200)   NOT NULL,
    content_type         VARCHAR(100)   NOT NULL,
    size_bytes           INT            NOT NULL,
    content              MEDIUMBLOB     NOT NULL,
    scan_result          VARCHAR(20)    NOT NULL,
    uploaded_at          DATETIME(6)    NOT NULL,
    uploaded_by_user_id  BIGINT,
    INDEX ix_evidence_application (application_id),
    CONSTRAINT fk_evidence_application FOREIGN KEY (application_id) REFERENCES approval_application (id),
    CONSTRAINT fk_evidence_requirement FOREIGN KEY (requirement_id) REFERENCES approval_requirement (id)
) ENGINE = InnoDB;

-- The municipality's questions and the provider's answers on an application.
CREATE TABLE approval_message (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id      BIGINT         NOT NULL,
    from_municipality   BOOLEAN        NOT NULL,
    text                VARCHAR(2000)  NOT NULL,
    written_at          DATETIME(6)    NOT NULL,
    written_by_user_id  BIGINT,
    written_by_name     VARCHAR(200)   NOT NULL,
    INDEX ix_message_application (application_id, written_at),
    CONSTRAINT fk_message_application FOREIGN KEY (application_id) REFERENCES approval_application (id)
) ENGINE = InnoDB;

CREATE TABLE provider_suspension (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT         NOT NULL DEFAULT 0,
    provider_id             BIGINT         NOT NULL,
    municipality_id         BIGINT         NOT NULL,
    suspended_from          DATE           NOT NULL,
    expected_until          DATE,
    reason                  VARCHAR(1000)  NOT NULL,
    suspended_at            DATETIME(6)    NOT NULL,
    suspended_by_user_id    BIGINT,
    reinstated_on           DATE,
    reinstatement_reason    VARCHAR(1000),
    reinstated_at           DATETIME(6),
    reinstated_by_user_id   BIGINT,
    INDEX ix_suspension_provider (municipality_id, provider_id, suspended_from),
    CONSTRAINT fk_suspension_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_suspension_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_suspension_period CHECK (expected_until IS NULL OR expected_until >= suspended_from)
) ENGINE = InnoDB;
