-- Requests to choose or switch provider. open_key is 'citizen:area' while a request is open and NULL
-- after it: the unique key lets only one open request per citizen and service area exist, even when
-- two arrive at the same moment.
CREATE TABLE switch_request (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                   BIGINT        NOT NULL DEFAULT 0,
    municipality_id           BIGINT        NOT NULL,
    citizen_id                BIGINT        NOT NULL,
    service_area_id           BIGINT        NOT NULL,
    from_provider_id          BIGINT,
    to_provider_id            BIGINT        NOT NULL,
    first_choice              BOOLEAN       NOT NULL DEFAULT FALSE,
    status                    VARCHAR(20)   NOT NULL,
    effective_date            DATE          NOT NULL,
    open_key                  VARCHAR(50),
    requested_at              DATETIME(6)   NOT NULL,
    requested_by_user_id      BIGINT        NOT NULL,
    requested_by_relative_id  BIGINT,
    decided_at                DATETIME(6),
    decided_by_user_id        BIGINT,
    decision_reason           VARCHAR(1000),
    cancelled_at              DATETIME(6),
    cancelled_by_user_id      BIGINT,
    effected_at               DATETIME(6),
    CONSTRAINT uq_switch_open UNIQUE (open_key),
    INDEX ix_switch_citizen (citizen_id, requested_at),
    INDEX ix_switch_queue (municipality_id, status, requested_at),
    INDEX ix_switch_due (status, effective_date),
    CONSTRAINT fk_switch_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    CONSTRAINT fk_switch_area FOREIGN KEY (service_area_id) REFERENCES service_area (id),
    CONSTRAINT fk_switch_to_provider FOREIGN KEY (to_provider_id) REFERENCES provider (id),
    CONSTRAINT fk_switch_from_provider FOREIGN KEY (from_provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

-- Who registered a power of attorney, and which switch request (if any) a choice came from.
ALTER TABLE provider_choice ADD COLUMN switch_request_id BIGINT NULL,
    ADD CONSTRAINT fk_choice_switch FOREIGN KEY (switch_request_id) REFERENCES switch_request (id);
