-- Comparing providers: quality figures per provider and the indexes the comparison query needs.
-- Figures come from demo data today; the survey capability will write the same rows later (source = SURVEY).

-- Satisfaction per dimension for a survey period, on the national 1–5 scale.
CREATE TABLE provider_quality (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id    BIGINT       NOT NULL,
    dimension      VARCHAR(30)  NOT NULL,
    period_start   DATE         NOT NULL,
    period_end     DATE         NOT NULL,
    answer_count   INT          NOT NULL,
    average_score  DECIMAL(3,2) NOT NULL,
    source         VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_provider_quality UNIQUE (provider_id, dimension, period_end),
    CONSTRAINT fk_provider_quality_provider FOREIGN KEY (provider_id) REFERENCES provider (id) ON DELETE CASCADE,
    CONSTRAINT ck_provider_quality_score CHECK (average_score BETWEEN 1 AND 5),
    CONSTRAINT ck_provider_quality_answers CHECK (answer_count >= 0),
    CONSTRAINT ck_provider_quality_period CHECK (period_end >= period_start)
) ENGINE = InnoDB;

-- Staff continuity per month: how many different helpers a citizen met on average.
CREATE TABLE provider_continuity (
    provider_id           BIGINT       NOT NULL,
    month                 DATE         NOT NULL,
    citizens              INT          NOT NULL,
    avg_distinct_helpers  DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (provider_id, month),
    CONSTRAINT fk_provider_continuity_provider FOREIGN KEY (provider_id) REFERENCES provider (id) ON DELETE CASCADE,
    CONSTRAINT ck_provider_continuity_citizens CHECK (citizens >= 0),
    CONSTRAINT ck_provider_continuity_helpers CHECK (avg_distinct_helpers >= 0)
) ENGINE = InnoDB;

-- The comparison starts from a municipality's selectable providers and looks up one agreement per provider.
CREATE INDEX ix_provider_compare ON provider (municipality_id, suspended, accepting_new_citizens, type, name);
CREATE INDEX ix_agreement_provider_area ON provider_agreement (provider_id, service_area_id, valid_from, valid_to, model);
