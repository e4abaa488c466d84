-- Notices through more than one channel (e-mail, Digital Post, printed letter), each persisted with the business
-- change and sent by its channel after commit (the event publication registry carries only the notice's id).

-- Digital Post addresses a person by CPR number. The portal otherwise keeps only the keyed hash; for sending it keeps
-- the number sealed (AES-GCM, key derived from the CPR key), readable only by the Digital Post sender.
ALTER TABLE citizen ADD COLUMN cpr_sealed VARCHAR(100) NULL;
ALTER TABLE relative ADD COLUMN cpr_sealed VARCHAR(100) NULL,
    ADD COLUMN address VARCHAR(200) NULL,
    ADD COLUMN postcode CHAR(4) NULL,
    ADD COLUMN city VARCHAR(100) NULL;

-- How a person wants notices: her own choice in the portal, and what the municipal care system knows (for example
-- exempt from Digital Post: letters). One row per person.
CREATE TABLE notice_channel_preference (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT      NOT NULL DEFAULT 0,
    person_kind          VARCHAR(10) NOT NULL,
    person_id            BIGINT      NOT NULL,
    own_choice           VARCHAR(20),
    care_system_channel  VARCHAR(20),
    updated_at           DATETIME(6) NOT NULL,
    CONSTRAINT uq_notice_channel_person UNIQUE (person_kind, person_id)
) ENGINE = InnoDB;

-- Staff print the day's letters as one PDF and confirm it; then its letters count as sent.
CREATE TABLE print_batch (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT      NOT NULL DEFAULT 0,
    municipality_id       BIGINT      NOT NULL,
    created_at            DATETIME(6) NOT NULL,
    letter_count          INT         NOT NULL,
    confirmed_at          DATETIME(6),
    confirmed_by_user_id  BIGINT,
    confirmed_by_name     VARCHAR(200),
    INDEX ix_print_batch_municipality (municipality_id, created_at),
    CONSTRAINT fk_print_batch_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;

-- Every notice to a person, by whichever channel, with the text she received: "Mine beskeder" lists these.
CREATE TABLE notice (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    message_uuid      CHAR(36)     NOT NULL,
    person_kind       VARCHAR(10)  NOT NULL,
    person_id         BIGINT,
    about_citizen_id  BIGINT,
    municipality_id   BIGINT,
    recipient_name    VARCHAR(201),
    channel           VARCHAR(20)  NOT NULL,
    email             VARCHAR(200),
    address           VARCHAR(200),
    postcode          CHAR(4),
    city              VARCHAR(100),
    subject           VARCHAR(300) NOT NULL,
    body              TEXT         NOT NULL,
    answer_code       VARCHAR(20),
    reference         VARCHAR(100) NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    sent_at           DATETIME(6),
    attempts          INT          NOT NULL DEFAULT 0,
    last_error        VARCHAR(500),
    print_batch_id    BIGINT,
    CONSTRAINT uq_notice_uuid UNIQUE (message_uuid),
    INDEX ix_notice_person (person_kind, person_id, created_at),
    INDEX ix_notice_letters (municipality_id, status, print_batch_id),
    CONSTRAINT fk_notice_print_batch FOREIGN KEY (print_batch_id) REFERENCES print_batch (id)
) ENGINE = InnoDB;
