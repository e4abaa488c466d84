-- Rehabilitation courses (SEL § 83 a): citizen, provider and (under the PART model) the municipal therapist,
-- goals in the citizen's own words, the planned start, mid-way and end dates, a status at each point, and the
-- final status sent to needs assessment with a record that they received it. Settlement reads the result.
CREATE TABLE rehabilitation_course (
    id                            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                       BIGINT        NOT NULL DEFAULT 0,
    municipality_id               BIGINT        NOT NULL,
    citizen_id                    BIGINT        NOT NULL,
    citizen_name                  VARCHAR(200)  NOT NULL,
    provider_id                   BIGINT        NOT NULL,
    -- the municipality's collaboration model when the course started: WHOLE, PART or SELECTED
    model                         VARCHAR(20)   NOT NULL,
    therapist_user_id             BIGINT,
    therapist_name                VARCHAR(200),
    goals                         VARCHAR(2000) NOT NULL,
    start_date                    DATE          NOT NULL,
    midway_date                   DATE          NOT NULL,
    end_date                      DATE          NOT NULL,
    status                        VARCHAR(20)   NOT NULL,
    result                        VARCHAR(20),
    final_status                  VARCHAR(2000),
    finished_on                   DATE,
    final_status_sent_at          DATETIME(6),
    final_status_sent_by_user_id  BIGINT,
    final_status_sent_by_name     VARCHAR(200),
    received_at                   DATETIME(6),
    received_by_user_id           BIGINT,
    received_by_name              VARCHAR(200),
    created_at                    DATETIME(6)   NOT NULL,
    created_by_user_id            BIGINT        NOT NULL,
    INDEX ix_course_municipality (municipality_id, start_date),
    INDEX ix_course_provider (provider_id, start_date),
    INDEX ix_course_citizen (citizen_id, provider_id),
    CONSTRAINT fk_course_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_course_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    CONSTRAINT fk_course_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT ck_course_dates CHECK (start_date < midway_date AND midway_date < end_date),
    CONSTRAINT ck_course_result CHECK ((status = 'FINISHED') = (result IS NOT NULL))
) ENGINE = InnoDB;

-- The status at each follow-up point; one per point (the unique key settles two simultaneous entries).
CREATE TABLE rehabilitation_status_point (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id            BIGINT        NOT NULL,
    point                VARCHAR(10)   NOT NULL,
    note                 VARCHAR(2000) NOT NULL,
    recorded_at          DATETIME(6)   NOT NULL,
    recorded_by_user_id  BIGINT        NOT NULL,
    recorded_by_name     VARCHAR(200)  NOT NULL,
    recorded_by_party    VARCHAR(20)   NOT NULL,
    CONSTRAINT uq_status_point UNIQUE (course_id, point),
    CONSTRAINT fk_status_point_course FOREIGN KEY (course_id) REFERENCES rehabilitation_course (id)
) ENGINE = InnoDB;
