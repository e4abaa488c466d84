-- The tender model (udbudsmodel) in the portal: per service area the municipality chooses approval or tender from a
-- date (every regime kept), tender rounds with their minimum requirements and weighted award criteria, the provider
-- organisations' bids with their answers, the staff's scores and the award decision with its standstill period.
-- Awarded bids become provider agreements (provider_agreement, model TENDER, with the awarded price).

CREATE TABLE service_area_regime (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    municipality_id     BIGINT         NOT NULL,
    service_area_id     BIGINT         NOT NULL,
    model               VARCHAR(20)    NOT NULL,
    valid_from          DATE           NOT NULL,
    reason              VARCHAR(1000)  NOT NULL,
    decided_at          DATETIME(6)    NOT NULL,
    decided_by_user_id  BIGINT,
    decided_by_name     VARCHAR(200)   NOT NULL,
    CONSTRAINT uq_regime_area_from UNIQUE (service_area_id, valid_from),
    CONSTRAINT fk_regime_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_regime_area FOREIGN KEY (service_area_id) REFERENCES service_area (id)
) ENGINE = InnoDB;

CREATE TABLE tender_round (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT         NOT NULL DEFAULT 0,
    municipality_id       BIGINT         NOT NULL,
    service_area_id       BIGINT         NOT NULL,
    title                 VARCHAR(200)   NOT NULL,
    description           VARCHAR(2000),
    contract_from         DATE           NOT NULL,
    contract_to           DATE           NOT NULL,
    extension_options     INT            NOT NULL,
    extension_months      INT            NOT NULL,
    providers_to_award    INT            NOT NULL,
    price_unit            VARCHAR(10)    NOT NULL,
    publication_at        DATETIME(6)    NOT NULL,
    bid_deadline          DATETIME(6)    NOT NULL,
    standstill_days       INT            NOT NULL,
    created_at            DATETIME(6)    NOT NULL,
    created_by_user_id    BIGINT,
    awarded_at            DATETIME(6),
    awarded_by_user_id    BIGINT,
    awarded_by_name       VARCHAR(200),
    award_reason          VARCHAR(2000),
    standstill_until      DATE,
    INDEX ix_tender_municipality (municipality_id, bid_deadline),
    INDEX ix_tender_deadline (publication_at, bid_deadline),
    CONSTRAINT fk_tender_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_tender_area FOREIGN KEY (service_area_id) REFERENCES service_area (id),
    CONSTRAINT ck_tender_contract CHECK (contract_to > contract_from),
    CONSTRAINT ck_tender_deadline CHECK (bid_deadline > publication_at),
    CONSTRAINT ck_tender_award_count CHECK (providers_to_award BETWEEN 1 AND 50)
) ENGINE = InnoDB;

-- The minimum requirements of a round: the area's requirement list as it stood when the round was made.
CREATE TABLE tender_requirement (
    tender_id       BIGINT NOT NULL,
    requirement_id  BIGINT NOT NULL,
    PRIMARY KEY (tender_id, requirement_id),
    CONSTRAINT fk_tender_requirement_tender FOREIGN KEY (tender_id) REFERENCES tender_round (id),
    CONSTRAINT fk_tender_requirement_requirement FOREIGN KEY (requirement_id) REFERENCES approval_requirement (id)
) ENGINE = InnoDB;

-- Award criteria with their weights in per cent (they add up to 100); the price criterion is scored by formula.
CREATE TABLE tender_criterion (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tender_id  BIGINT        NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    weight     INT           NOT NULL,
    position   INT           NOT NULL,
    INDEX ix_criterion_tender (tender_id, position),
    CONSTRAINT fk_criterion_tender FOREIGN KEY (tender_id) REFERENCES tender_round (id),
    CONSTRAINT ck_criterion_weight CHECK (weight BETWEEN 1 AND 100)
) ENGINE = InnoDB;

-- One bid per organisation and round; changed only until the deadline.
CREATE TABLE tender_bid (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT         NOT NULL DEFAULT 0,
    tender_id             BIGINT         NOT NULL,
    organisation_id       BIGINT         NOT NULL,
    price_ore             BIGINT         NOT NULL,
    capacity              INT            NOT NULL,
    postcodes             VARCHAR(1000)  NOT NULL,
    contact_email         VARCHAR(200)   NOT NULL,
    submitted_at          DATETIME(6)    NOT NULL,
    changed_at            DATETIME(6)    NOT NULL,
    submitted_by_user_id  BIGINT,
    outcome               VARCHAR(20),
    agreement_id          BIGINT,
    CONSTRAINT uq_bid_organisation UNIQUE (tender_id, organisation_id),
    INDEX ix_bid_organisation (organisation_id, submitted_at),
    CONSTRAINT fk_bid_tender FOREIGN KEY (tender_id) REFERENCES tender_round (id),
    CONSTRAINT fk_bid_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id),
    CONSTRAINT fk_bid_agreement FOREIGN KEY (agreement_id) REFERENCES provider_agreement (id),
    CONSTRAINT ck_bid_price CHECK (price_ore > 0),
    CONSTRAINT ck_bid_capacity CHECK (capacity > 0)
) ENGINE = InnoDB;

-- The bid's answer to each minimum requirement and to each criterion (how it will deliver quality, continuity, ...).
CREATE TABLE tender_bid_requirement_answer (
    bid_id          BIGINT         NOT NULL,
    requirement_id  BIGINT         NOT NULL,
    answer          VARCHAR(2000)  NOT NULL,
    PRIMARY KEY (bid_id, requirement_id),
    CONSTRAINT fk_bid_req_answer_bid FOREIGN KEY (bid_id) REFERENCES tender_bid (id),
    CONSTRAINT fk_bid_req_answer_requirement FOREIGN KEY (requirement_id) REFERENCES approval_requirement (id)
) ENGINE = InnoDB;

CREATE TABLE tender_bid_criterion_answer (
    bid_id        BIGINT         NOT NULL,
    criterion_id  BIGINT         NOT NULL,
    answer        VARCHAR(2000)  NOT NULL,
    PRIMARY KEY (bid_id, criterion_id),
    CONSTRAINT fk_bid_crit_answer_bid FOREIGN KEY (bid_id) REFERENCES tender_bid (id),
    CONSTRAINT fk_bid_crit_answer_criterion FOREIGN KEY (criterion_id) REFERENCES tender_criterion (id)
) ENGINE = InnoDB;

-- The staff's score of a bid on a criterion, 0-10, with who scored it and when.
CREATE TABLE tender_score (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT         NOT NULL DEFAULT 0,
    bid_id             BIGINT         NOT NULL,
    criterion_id       BIGINT         NOT NULL,
    score              INT            NOT NULL,
    comment            VARCHAR(1000),
    scored_at          DATETIME(6)    NOT NULL,
    scored_by_user_id  BIGINT,
    CONSTRAINT uq_score UNIQUE (bid_id, criterion_id),
    CONSTRAINT fk_score_bid FOREIGN KEY (bid_id) REFERENCES tender_bid (id),
    CONSTRAINT fk_score_criterion FOREIGN KEY (criterion_id) REFERENCES tender_criterion (id),
    CONSTRAINT ck_score_range CHECK (score BETWEEN 0 AND 10)
) ENGINE = InnoDB;
