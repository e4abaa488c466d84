-- Settlement and economy (issue 11): the visits the care systems report, the payment model per service area and
-- period, the monthly settlement runs with their lines, and the budget per year and service area.

-- One visit as the care system reports it. Times are UTC; planned_date and cancelled_at_local are the same moments
-- as Danish dates and wall-clock times, so the month and the "cancelled before 14:00 the day before" rule are
-- plain SQL comparisons (MariaDB has no time zone tables here). A visit is known by its source's id: a re-import
-- of the same visit updates it in place (updated_at moves only when something changed).
CREATE TABLE visit (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    municipality_id     BIGINT        NOT NULL,
    source              VARCHAR(60)   NOT NULL,
    source_visit_id     VARCHAR(100)  NOT NULL,
    citizen_id          BIGINT        NOT NULL,
    provider_id         BIGINT        NOT NULL,
    service_area_id     BIGINT        NOT NULL,
    planned_start       DATETIME(6)   NOT NULL,
    planned_date        DATE          NOT NULL,
    granted_minutes     INT           NOT NULL,
    delivered_minutes   INT           NOT NULL DEFAULT 0,
    helper_ref          VARCHAR(64),
    status              VARCHAR(30)   NOT NULL,
    cancelled_at        DATETIME(6),
    cancelled_at_local  DATETIME(6),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uq_visit_source UNIQUE (municipality_id, source, source_visit_id),
    INDEX ix_visit_month (municipality_id, service_area_id, planned_date, provider_id),
    INDEX ix_visit_provider (provider_id, planned_date),
    INDEX ix_visit_updated (municipality_id, updated_at),
    CONSTRAINT fk_visit_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_visit_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    CONSTRAINT fk_visit_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_visit_area FOREIGN KEY (service_area_id) REFERENCES service_area (id),
    CONSTRAINT ck_visit_minutes CHECK (granted_minutes > 0 AND delivered_minutes >= 0),
    CONSTRAINT ck_visit_cancel CHECK ((status = 'CANCELLED_BY_CITIZEN') = (cancelled_at IS NOT NULL))
) ENGINE = InnoDB;

-- Every file or API batch imported, accepted or rejected, with its counts: what staff see under "Indlæsninger".
CREATE TABLE visit_import (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    municipality_id     BIGINT        NOT NULL,
    source              VARCHAR(60)   NOT NULL,
    file_name           VARCHAR(255)  NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    accepted            BOOLEAN       NOT NULL,
    rows_read           INT           NOT NULL,
    rows_new            INT           NOT NULL,
    rows_changed        INT           NOT NULL,
    rows_unchanged      INT           NOT NULL,
    errors              INT           NOT NULL,
    imported_by         VARCHAR(200)  NOT NULL,
    imported_at         DATETIME(6)   NOT NULL,
    INDEX ix_visit_import (municipality_id, imported_at),
    CONSTRAINT fk_visit_import_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;

-- The payment model of a service area from a month (valid_from is always the first of a month, valid_to the last
-- day of one), so a month is always settled under one model.
CREATE TABLE payment_model (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT        NOT NULL DEFAULT 0,
    municipality_id         BIGINT        NOT NULL,
    service_area_id         BIGINT        NOT NULL,
    kind                    VARCHAR(20)   NOT NULL,
    time_basis              VARCHAR(20),
    unit                    VARCHAR(10),
    late_cancellation_rule  BOOLEAN       NOT NULL DEFAULT FALSE,
    cancel_deadline_hour    INT           NOT NULL DEFAULT 14,
    cancel_deadline_days    INT           NOT NULL DEFAULT 1,
    base_minutes_per_week   INT,
    bonus_minutes           INT,
    valid_from              DATE          NOT NULL,
    valid_to                DATE,
    created_by              VARCHAR(200)  NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    CONSTRAINT uq_payment_model UNIQUE (service_area_id, valid_from),
    INDEX ix_payment_model_municipality (municipality_id, service_area_id, valid_from),
    CONSTRAINT fk_payment_model_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_payment_model_area FOREIGN KEY (service_area_id) REFERENCES service_area (id),
    CONSTRAINT ck_payment_model_deadline CHECK (cancel_deadline_hour BETWEEN 0 AND 23 AND cancel_deadline_days BETWEEN 0 AND 14)
) ENGINE = InnoDB;

-- One settlement per municipality and month: OPEN (computed, may be computed again) or LOCKED (never changes).
CREATE TABLE settlement_run (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    municipality_id     BIGINT        NOT NULL,
    month               DATE          NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    computed_at         DATETIME(6)   NOT NULL,
    computed_by         VARCHAR(200)  NOT NULL,
    locked_at           DATETIME(6),
    locked_by           VARCHAR(200),
    CONSTRAINT uq_settlement_run UNIQUE (municipality_id, month),
    CONSTRAINT fk_settlement_run_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;

-- A line of a provider's settlement: quantity × price = amount, with the reason in plain Danish. A correction
-- line names the locked month it corrects (corrects_month).
CREATE TABLE settlement_line (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id              BIGINT        NOT NULL,
    provider_id         BIGINT        NOT NULL,
    service_area_id     BIGINT        NOT NULL,
    kind                VARCHAR(30)   NOT NULL,
    quantity            DECIMAL(14,2) NOT NULL,
    unit                VARCHAR(10)   NOT NULL,
    price_ore           BIGINT        NOT NULL,
    amount_ore          BIGINT        NOT NULL,
    reason              VARCHAR(600)  NOT NULL,
    corrects_month      DATE,
    position            INT           NOT NULL,
    INDEX ix_settlement_line_run (run_id, provider_id, service_area_id),
    INDEX ix_settlement_line_provider (provider_id, run_id),
    INDEX ix_settlement_line_corrects (corrects_month, run_id),
    CONSTRAINT fk_settlement_line_run FOREIGN KEY (run_id) REFERENCES settlement_run (id) ON DELETE CASCADE,
    CONSTRAINT fk_settlement_line_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_settlement_line_area FOREIGN KEY (service_area_id) REFERENCES service_area (id)
) ENGINE = InnoDB;

-- The budget of a year per service area, entered by finance staff.
CREATE TABLE settlement_budget (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    municipality_id     BIGINT        NOT NULL,
    year                INT           NOT NULL,
    service_area_id     BIGINT        NOT NULL,
    amount_ore          BIGINT        NOT NULL,
    updated_by          VARCHAR(200)  NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uq_settlement_budget UNIQUE (municipality_id, year, service_area_id),
    CONSTRAINT fk_settlement_budget_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_settlement_budget_area FOREIGN KEY (service_area_id) REFERENCES service_area (id),
    CONSTRAINT ck_settlement_budget_amount CHECK (amount_ore >= 0)
) ENGINE = InnoDB;
