-- Frit Valg foundation schema. Times are UTC (DATETIME(6)); dates are calendar dates in Danish time.
-- Modules refer to each other's rows by id only; foreign keys still protect the data.

CREATE TABLE municipality (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                    BIGINT       NOT NULL DEFAULT 0,
    code                       CHAR(4)      NOT NULL,
    name                       VARCHAR(100) NOT NULL,
    region_code                CHAR(4)      NOT NULL,
    region_name                VARCHAR(100) NOT NULL,
    on_portal                  BOOLEAN      NOT NULL DEFAULT FALSE,
    contract_model             VARCHAR(20),
    rehabilitation_model       VARCHAR(20),
    rehabilitation_continuity  BOOLEAN      NOT NULL DEFAULT FALSE,
    switch_rule                VARCHAR(20),
    switch_notice_days         INT,
    switch_cutoff_day          INT,
    switch_approval            VARCHAR(20),
    minimum_group_size         INT          NOT NULL DEFAULT 3,
    contact_phone              VARCHAR(40),
    contact_email              VARCHAR(200),
    website                    VARCHAR(300),
    updated_at                 DATETIME(6)  NOT NULL,
    CONSTRAINT uq_municipality_code UNIQUE (code)
) ENGINE = InnoDB;

CREATE TABLE service_area (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    municipality_id  BIGINT       NOT NULL,
    kind             VARCHAR(30)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    legal_basis      VARCHAR(20)  NOT NULL,
    description      VARCHAR(1000),
    CONSTRAINT uq_service_area UNIQUE (municipality_id, kind),
    CONSTRAINT fk_service_area_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;

CREATE TABLE provider (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                     BIGINT        NOT NULL DEFAULT 0,
    catalogue_key               VARCHAR(80)   NOT NULL,
    municipality_id             BIGINT        NOT NULL,
    type                        VARCHAR(20)   NOT NULL,
    cvr                         CHAR(8)       NOT NULL,
    name                        VARCHAR(200)  NOT NULL,
    description                 VARCHAR(2000),
    ownership                   VARCHAR(200),
    address                     VARCHAR(200),
    postcode                    CHAR(4),
    city                        VARCHAR(100),
    phone                       VARCHAR(40),
    email                       VARCHAR(200),
    website                     VARCHAR(300),
    languages                   VARCHAR(200)  NOT NULL DEFAULT '',
    features                    VARCHAR(200)  NOT NULL DEFAULT '',
    accepting_new_citizens      BOOLEAN       NOT NULL DEFAULT TRUE,
    cancellation_deadline_hour  INT           NOT NULL DEFAULT 14,
    last_inspection             DATE,
    suspended                   BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at                  DATETIME(6)   NOT NULL,
    CONSTRAINT uq_provider_key UNIQUE (catalogue_key),
    CONSTRAINT uq_provider_cvr_municipality UNIQUE (municipality_id, cvr),
    CONSTRAINT fk_provider_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;

CREATE TABLE provider_postcode (
    provider_id  BIGINT  NOT NULL,
    postcode     CHAR(4) NOT NULL,
    PRIMARY KEY (provider_id, postcode),
    INDEX ix_provider_postcode_postcode (postcode, provider_id),
    CONSTRAINT fk_provider_postcode_provider FOREIGN KEY (provider_id) REFERENCES provider (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE provider_agreement (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT      NOT NULL DEFAULT 0,
    provider_id      BIGINT      NOT NULL,
    service_area_id  BIGINT      NOT NULL,
    model            VARCHAR(20) NOT NULL,
    valid_from       DATE        NOT NULL,
    valid_to         DATE,
    capacity         INT,
    CONSTRAINT uq_provider_agreement UNIQUE (provider_id, service_area_id, valid_from),
    INDEX ix_agreement_area (service_area_id, valid_from, valid_to),
    CONSTRAINT fk_agreement_provider FOREIGN KEY (provider_id) REFERENCES provider (id) ON DELETE CASCADE,
    CONSTRAINT fk_agreement_service_area FOREIGN KEY (service_area_id) REFERENCES service_area (id)
) ENGINE = InnoDB;

CREATE TABLE citizen (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT       NOT NULL DEFAULT 0,
    municipality_id        BIGINT       NOT NULL,
    cpr_hash               CHAR(64)     NOT NULL,
    cpr_masked             CHAR(11)     NOT NULL,
    birth_date             DATE         NOT NULL,
    first_name             VARCHAR(100) NOT NULL,
    last_name              VARCHAR(100) NOT NULL,
    address                VARCHAR(200) NOT NULL,
    postcode               CHAR(4)      NOT NULL,
    city                   VARCHAR(100) NOT NULL,
    email                  VARCHAR(200),
    phone                  VARCHAR(40),
    nursing_home_resident  BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at             DATETIME(6)  NOT NULL,
    CONSTRAINT uq_citizen_cpr UNIQUE (cpr_hash),
    INDEX ix_citizen_municipality (municipality_id, last_name),
    CONSTRAINT fk_citizen_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;

CREATE TABLE relative (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    cpr_hash    CHAR(64)     NOT NULL,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100) NOT NULL,
    email       VARCHAR(200),
    phone       VARCHAR(40),
    CONSTRAINT uq_relative_cpr UNIQUE (cpr_hash)
) ENGINE = InnoDB;

CREATE TABLE power_of_attorney (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT      NOT NULL DEFAULT 0,
    relative_id             BIGINT      NOT NULL,
    citizen_id              BIGINT      NOT NULL,
    scope                   VARCHAR(10) NOT NULL,
    valid_from              DATE        NOT NULL,
    valid_to                DATE,
    registered_by_user_id   BIGINT,
    registered_at           DATETIME(6) NOT NULL,
    revoked_at              DATETIME(6),
    INDEX ix_poa_relative (relative_id),
    INDEX ix_poa_citizen (citizen_id),
    CONSTRAINT fk_poa_relative FOREIGN KEY (relative_id) REFERENCES relative (id),
    CONSTRAINT fk_poa_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id)
) ENGINE = InnoDB;

CREATE TABLE care_grant (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT  NOT NULL DEFAULT 0,
    citizen_id        BIGINT  NOT NULL,
    service_area_id   BIGINT  NOT NULL,
    minutes_per_week  INT     NOT NULL,
    valid_from        DATE    NOT NULL,
    valid_to          DATE,
    INDEX ix_grant_citizen (citizen_id),
    CONSTRAINT fk_grant_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    CONSTRAINT fk_grant_service_area FOREIGN KEY (service_area_id) REFERENCES service_area (id),
    CONSTRAINT ck_grant_minutes CHECK (minutes_per_week > 0)
) ENGINE = InnoDB;

CREATE TABLE provider_choice (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT      NOT NULL DEFAULT 0,
    citizen_id           BIGINT      NOT NULL,
    service_area_id      BIGINT      NOT NULL,
    provider_id          BIGINT      NOT NULL,
    valid_from           DATE        NOT NULL,
    valid_to             DATE,
    reason               VARCHAR(20) NOT NULL,
    made_by_user_id      BIGINT,
    made_by_relative_id  BIGINT,
    made_at              DATETIME(6) NOT NULL,
    INDEX ix_choice_citizen (citizen_id, service_area_id, valid_from),
    INDEX ix_choice_provider (provider_id, valid_from),
    CONSTRAINT fk_choice_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    CONSTRAINT fk_choice_service_area FOREIGN KEY (service_area_id) REFERENCES service_area (id),
    CONSTRAINT fk_choice_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

CREATE TABLE add_on (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    catalogue_key       VARCHAR(80)   NOT NULL,
    provider_id         BIGINT        NOT NULL,
    municipality_id     BIGINT        NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    category            VARCHAR(30)   NOT NULL,
    description         VARCHAR(2000),
    duration_minutes    INT,
    unit                VARCHAR(20)   NOT NULL,
    price_ore           BIGINT        NOT NULL,
    vat_rate_percent    INT           NOT NULL,
    cost_based          BOOLEAN       NOT NULL DEFAULT FALSE,
    lead_time_days      INT           NOT NULL DEFAULT 0,
    weekdays            VARCHAR(70)   NOT NULL DEFAULT '',
    time_windows        VARCHAR(200)  NOT NULL DEFAULT '',
    recurring           VARCHAR(60)   NOT NULL DEFAULT '',
    eligibility         VARCHAR(30)   NOT NULL DEFAULT 'ANY',
    capacity_per_slot   INT,
    postcodes           VARCHAR(1000) NOT NULL DEFAULT '',
    active              BOOLEAN       NOT NULL DEFAULT TRUE,
    updated_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uq_add_on_key UNIQUE (catalogue_key),
    INDEX ix_add_on_search (municipality_id, active, category, price_ore),
    CONSTRAINT fk_add_on_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_add_on_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_add_on_price CHECK (price_ore >= 0)
) ENGINE = InnoDB;

CREATE TABLE add_on_package (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    catalogue_key    VARCHAR(80)   NOT NULL,
    provider_id      BIGINT        NOT NULL,
    municipality_id  BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    description      VARCHAR(2000),
    price_ore        BIGINT        NOT NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uq_add_on_package_key UNIQUE (catalogue_key),
    CONSTRAINT fk_package_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_package_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;

CREATE TABLE add_on_package_item (
    package_id  BIGINT NOT NULL,
    add_on_id   BIGINT NOT NULL,
    quantity    INT    NOT NULL,
    PRIMARY KEY (package_id, add_on_id),
    CONSTRAINT fk_package_item_package FOREIGN KEY (package_id) REFERENCES add_on_package (id) ON DELETE CASCADE,
    CONSTRAINT fk_package_item_add_on FOREIGN KEY (add_on_id) REFERENCES add_on (id),
    CONSTRAINT ck_package_item_quantity CHECK (quantity > 0)
) ENGINE = InnoDB;

CREATE TABLE catalogue_file (
    path         VARCHAR(300) PRIMARY KEY,
    sha256       CHAR(64)     NOT NULL,
    imported_at  DATETIME(6)  NOT NULL
) ENGINE = InnoDB;

CREATE TABLE user_account (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    username         VARCHAR(100) NOT NULL,
    password_hash    VARCHAR(100),
    display_name     VARCHAR(200) NOT NULL,
    role             VARCHAR(30)  NOT NULL,
    municipality_id  BIGINT,
    provider_id      BIGINT,
    citizen_id       BIGINT,
    relative_id      BIGINT,
    cpr_hash         CHAR(64),
    email            VARCHAR(200),
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts  INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6),
    CONSTRAINT uq_user_username UNIQUE (username),
    CONSTRAINT uq_user_cpr UNIQUE (cpr_hash),
    CONSTRAINT fk_user_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_user_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_user_citizen FOREIGN KEY (citizen_id) REFERENCES citizen (id),
    CONSTRAINT fk_user_relative FOREIGN KEY (relative_id) REFERENCES relative (id)
) ENGINE = InnoDB;

-- Spring Modulith's event publication registry: the outbox for mail and other after-commit work.
CREATE TABLE event_publication (
    id                      UUID          NOT NULL PRIMARY KEY,
    listener_id             VARCHAR(512)  NOT NULL,
    event_type              VARCHAR(512)  NOT NULL,
    serialized_event        TEXT          NOT NULL,
    publication_date        DATETIME(6)   NOT NULL,
    completion_date         DATETIME(6),
    status                  VARCHAR(20),
    completion_attempts     INT           NOT NULL DEFAULT 0,
    last_resubmission_date  DATETIME(6),
    INDEX ix_event_publication_incomplete (completion_date, publication_date)
) ENGINE = InnoDB;
