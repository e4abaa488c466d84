-- Provider organisations: one organisation per CVR number, working in one or more municipalities. The existing
-- provider rows stay as they are and become the organisation's presence in one municipality (its postcodes,
-- agreements, capacity and prices there), so every citizen's choice, order, switch request and audit entry keeps
-- pointing at the same row. Rows sharing a CVR number become one organisation, named after its oldest row.
CREATE TABLE provider_organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    cvr         CHAR(8)      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    address     VARCHAR(200),
    postcode    CHAR(4),
    city        VARCHAR(100),
    phone       VARCHAR(40),
    email       VARCHAR(200),
    website     VARCHAR(300),
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_organisation_cvr UNIQUE (cvr)
) ENGINE = InnoDB;

INSERT INTO provider_organisation (cvr, name, address, postcode, city, phone, email, website, created_at, updated_at)
SELECT p.cvr, p.name, p.address, p.postcode, p.city, p.phone, p.email, p.website, p.updated_at, p.updated_at
FROM provider p
WHERE p.id = (SELECT MIN(p2.id) FROM provider p2 WHERE p2.cvr = p.cvr);

ALTER TABLE provider ADD COLUMN organisation_id BIGINT NULL AFTER municipality_id;
UPDATE provider p JOIN provider_organisation o ON o.cvr = p.cvr SET p.organisation_id = o.id;
ALTER TABLE provider MODIFY organisation_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_provider_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id),
    ADD CONSTRAINT uq_provider_organisation_municipality UNIQUE (organisation_id, municipality_id);

-- A provider's users belong to the organisation: one workspace for all its municipalities.
ALTER TABLE user_account ADD COLUMN organisation_id BIGINT NULL AFTER provider_id,
    ADD CONSTRAINT fk_user_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id);
UPDATE user_account u JOIN provider p ON p.id = u.provider_id SET u.organisation_id = p.organisation_id;

-- A tender agreement carries its own awarded price per unit; approval agreements use the municipality's price.
ALTER TABLE provider_agreement ADD COLUMN price_ore BIGINT NULL, ADD COLUMN price_unit VARCHAR(10) NULL,
    ADD CONSTRAINT ck_agreement_price CHECK ((price_ore IS NULL) = (price_unit IS NULL) AND (price_ore IS NULL OR price_ore >= 0));

-- Settlement prices: what the municipality pays per unit in a service area, for a period. A new price starts on a
-- date and ends the one before it the day before; rows are never deleted, so every past month keeps its price.
-- Amounts are øre without VAT (care under SEL/ÆL is VAT exempt).
CREATE TABLE settlement_price (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    municipality_id     BIGINT        NOT NULL,
    service_area_id     BIGINT        NOT NULL,
    unit                VARCHAR(10)   NOT NULL,
    price_ore           BIGINT        NOT NULL,
    valid_from          DATE          NOT NULL,
    valid_to            DATE,
    reason              VARCHAR(500)  NOT NULL,
    created_by_user_id  BIGINT,
    created_at          DATETIME(6)   NOT NULL,
    CONSTRAINT uq_settlement_price UNIQUE (service_area_id, unit, valid_from),
    INDEX ix_settlement_price_municipality (municipality_id, service_area_id, unit, valid_from),
    CONSTRAINT fk_settlement_price_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_settlement_price_area FOREIGN KEY (service_area_id) REFERENCES service_area (id),
    CONSTRAINT ck_settlement_price_amount CHECK (price_ore >= 0),
    CONSTRAINT ck_settlement_price_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
) ENGINE = InnoDB;
