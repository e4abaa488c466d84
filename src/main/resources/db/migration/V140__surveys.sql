-- Satisfaction surveys (issue 12): campaigns with the national template and local questions, invitations with a
-- personal link or a short answer code, anonymous responses, and the published results on the comparison pages.

CREATE TABLE survey_campaign (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    municipality_id      BIGINT        NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    -- how the period reads in the portal: "efteråret 2026"
    period_label         VARCHAR(100)  NOT NULL,
    opens_on             DATE          NOT NULL,
    closes_on            DATE          NOT NULL,
    -- who is asked: every citizen with a grant in the areas on this date, or a random sample per provider
    population_date      DATE          NOT NULL,
    service_area_ids     VARCHAR(500)  NOT NULL,
    sample_per_provider  INT,
    reminder_after_days  INT           NOT NULL,
    max_reminders        INT           NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    invitations_sent_at  DATETIME(6),
    published_at         DATETIME(6),
    created_at           DATETIME(6)   NOT NULL,
    created_by_user_id   BIGINT        NOT NULL,
    INDEX ix_campaign_municipality (municipality_id, opens_on),
    CONSTRAINT fk_campaign_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_campaign_period CHECK (opens_on <= closes_on),
    CONSTRAINT ck_campaign_reminders CHECK (max_reminders BETWEEN 0 AND 2 AND reminder_after_days >= 1),
    CONSTRAINT ck_campaign_sample CHECK (sample_per_provider IS NULL OR sample_per_provider >= 1)
) ENGINE = InnoDB;

-- The campaign's questions: a copy of the national template (so a later template never changes a past campaign)
-- and up to five local questions.
CREATE TABLE survey_question (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    code         VARCHAR(40)   NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    dimension    VARCHAR(30),
    text         VARCHAR(500)  NOT NULL,
    local_question BOOLEAN     NOT NULL,
    CONSTRAINT uq_question_position UNIQUE (campaign_id, position),
    CONSTRAINT fk_question_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One invitation per citizen and provider. The link token and the answer code are kept only as SHA-256 hashes; the
-- code can be made again from its salt with the server's key (for the reminder letters). The draft holds what she
-- saved to continue later and is deleted when she sends her answers.
CREATE TABLE survey_invitation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    campaign_id       BIGINT       NOT NULL,
    citizen_id        BIGINT       NOT NULL,
    provider_id       BIGINT       NOT NULL,
    channel           VARCHAR(20)  NOT NULL,
    token_hash        CHAR(64)     NOT NULL,
    code_hash         CHAR(64)     NOT NULL,
    code_salt         CHAR(32)     NOT NULL,
    sent_at           DATETIME(6)  NOT NULL,
    reminders_sent    INT          NOT NULL DEFAULT 0,
    last_reminder_at  DATETIME(6),
    -- the day only: an exact time could be matched with a response
    answered_on       DATE,
    draft             TEXT,
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT uq_invitation_code UNIQUE (code_hash),
    CONSTRAINT uq_invitation_citizen UNIQUE (campaign_id, citizen_id, provider_id),
    INDEX ix_invitation_reminders (campaign_id, answered_on, reminders_sent),
    CONSTRAINT fk_invitation_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id),
    CONSTRAINT fk_invitation_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    CONSTRAINT fk_invitation_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

-- A response holds no citizen and no invitation: only what the results are grouped by.
CREATE TABLE survey_response (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id        BIGINT       NOT NULL,
    provider_id        BIGINT       NOT NULL,
    channel            VARCHAR(20)  NOT NULL,
    relative_assisted  BOOLEAN      NOT NULL,
    INDEX ix_response_campaign (campaign_id, provider_id),
    CONSTRAINT fk_response_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id),
    CONSTRAINT fk_response_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

-- scale_value 1–5; dont_know for "Ved ikke"; yes_no for yes/no questions; free_text never published.
CREATE TABLE survey_answer (
    response_id  BIGINT         NOT NULL,
    question_id  BIGINT         NOT NULL,
    scale_value  TINYINT,
    dont_know    BOOLEAN        NOT NULL DEFAULT FALSE,
    yes_no       BOOLEAN,
    free_text    VARCHAR(2000),
    PRIMARY KEY (response_id, question_id),
    INDEX ix_answer_question (question_id, scale_value),
    CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id),
    CONSTRAINT ck_answer_scale CHECK (scale_value IS NULL OR scale_value BETWEEN 1 AND 5)
) ENGINE = InnoDB;

-- Published survey figures carry their uncertainty and their campaign; a withheld figure has no average.
ALTER TABLE provider_quality MODIFY average_score DECIMAL(3,2) NULL;
ALTER TABLE provider_quality ADD COLUMN ci_low DECIMAL(3,2) NULL, ADD COLUMN ci_high DECIMAL(3,2) NULL,
    ADD COLUMN campaign_id BIGINT NULL, ADD COLUMN period_label VARCHAR(100) NULL;

-- WHO-5 and WHODAS 2.0 (12 items) on rehabilitation courses, at start, end and follow-up. Items are kept as given
-- (null = not answered); the scores are computed from them by the instrument's rules.
CREATE TABLE outcome_measurement (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id            BIGINT       NOT NULL,
    citizen_id           BIGINT       NOT NULL,
    municipality_id      BIGINT       NOT NULL,
    provider_id          BIGINT       NOT NULL,
    instrument           VARCHAR(10)  NOT NULL,
    point                VARCHAR(10)  NOT NULL,
    measured_on          DATE         NOT NULL,
    items                VARCHAR(100) NOT NULL,
    entered_by           VARCHAR(20)  NOT NULL,
    entered_by_user_id   BIGINT       NOT NULL,
    entered_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uq_outcome_point UNIQUE (course_id, instrument, point),
    INDEX ix_outcome_citizen (citizen_id, measured_on),
    INDEX ix_outcome_provider (provider_id, instrument, point),
    CONSTRAINT fk_outcome_course FOREIGN KEY (course_id) REFERENCES rehabilitation_course (id)
) ENGINE = InnoDB;

-- A citizen rates a delivered add-on order once: 1–5 and a comment (the comment is for the municipality only).
CREATE TABLE add_on_rating (
    order_id         BIGINT        PRIMARY KEY,
    provider_id      BIGINT        NOT NULL,
    municipality_id  BIGINT        NOT NULL,
    score            TINYINT       NOT NULL,
    comment          VARCHAR(1000),
    rated_on         DATE          NOT NULL,
    INDEX ix_rating_provider (provider_id),
    CONSTRAINT ck_rating_score CHECK (score BETWEEN 1 AND 5)
) ENGINE = InnoDB;
