-- Provider failure (konkurs, sudden stop): the municipality's contingency checklist, and each failure with its fallback
-- provider per service area, what the move did, and the checklist as it was ticked off during that failure.

-- The municipality's standing contingency checklist; a line is never deleted (failures keep their own copy anyway).
CREATE TABLE contingency_checklist_line (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    municipality_id  BIGINT        NOT NULL,
    position         INT           NOT NULL,
    text             VARCHAR(500)  NOT NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    INDEX ix_checklist_municipality (municipality_id, active, position),
    CONSTRAINT fk_checklist_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;

-- One failure per provider (a provider is one organisation's presence in one municipality): a second run finds it.
CREATE TABLE provider_failure (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT         NOT NULL DEFAULT 0,
    municipality_id        BIGINT         NOT NULL,
    provider_id            BIGINT         NOT NULL,
    failure_date           DATE           NOT NULL,
    reason                 VARCHAR(1000)  NOT NULL,
    registered_at          DATETIME(6)    NOT NULL,
    registered_by_user_id  BIGINT         NOT NULL,
    registered_by_name     VARCHAR(200)   NOT NULL,
    citizens_moved         INT            NOT NULL,
    choices_moved          INT            NOT NULL,
    requests_cancelled     INT            NOT NULL,
    orders_moved           INT            NOT NULL,
    orders_cancelled       INT            NOT NULL,
    refunded_ore           BIGINT         NOT NULL,
    CONSTRAINT uq_failure_provider UNIQUE (municipality_id, provider_id),
    CONSTRAINT fk_failure_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_failure_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

CREATE TABLE provider_failure_fallback (
    failure_id            BIGINT NOT NULL,
    service_area_id       BIGINT NOT NULL,
    fallback_provider_id  BIGINT NOT NULL,
    citizens              INT    NOT NULL,
    PRIMARY KEY (failure_id, service_area_id),
    CONSTRAINT fk_failure_fallback_failure FOREIGN KEY (failure_id) REFERENCES provider_failure (id),
    CONSTRAINT fk_failure_fallback_area FOREIGN KEY (service_area_id) REFERENCES service_area (id),
    CONSTRAINT fk_failure_fallback_provider FOREIGN KEY (fallback_provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

-- The checklist copied into the failure when it is registered, then ticked off (who, when, a note).
CREATE TABLE provider_failure_task (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    failure_id        BIGINT        NOT NULL,
    position          INT           NOT NULL,
    text              VARCHAR(500)  NOT NULL,
    done_at           DATETIME(6),
    done_by_user_id   BIGINT,
    done_by_name      VARCHAR(200),
    note              VARCHAR(1000),
    INDEX ix_failure_task (failure_id, position),
    CONSTRAINT fk_failure_task_failure FOREIGN KEY (failure_id) REFERENCES provider_failure (id)
) ENGINE = InnoDB;

-- The usual lines of a contingency plan: a municipality's own list starts as a copy of these (municipalities are
-- created when the catalogue is loaded, after the migrations), and the procurement office edits it from there.
CREATE TABLE contingency_checklist_default (
    position  INT           PRIMARY KEY,
    text      VARCHAR(500)  NOT NULL
) ENGINE = InnoDB;

INSERT INTO contingency_checklist_default (position, text) VALUES
    (1, 'Ring til alle borgere, der flyttes (visitationen fordeler listen)'),
    (2, 'Aftal overdragelse af nøgler og nøglebokse med den svigtende leverandør'),
    (3, 'Overdrag medicinlister og dosisdispensering til den nye leverandør'),
    (4, 'Sikr at besøgene de første døgn er planlagt, så ingen borger står uden hjælp'),
    (5, 'Overdrag journaler og aktuelle plejeplaner'),
    (6, 'Orientér pårørende uden fuldmagt efter aftale med borgeren'),
    (7, 'Giv afregningen besked: ingen betaling til leverandøren fra datoen');
