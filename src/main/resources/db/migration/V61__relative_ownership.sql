-- A relative's record is shared by every municipality whose citizens gave them a power of attorney. Linking an
-- existing person never rewrites it: their contact details change only through the relative themself or the
-- municipality that registered them first (the owner), and every change is recorded.
ALTER TABLE relative ADD COLUMN owner_municipality_id BIGINT NULL,
    ADD CONSTRAINT fk_relative_owner FOREIGN KEY (owner_municipality_id) REFERENCES municipality (id);

UPDATE relative r SET owner_municipality_id = (
    SELECT c.municipality_id FROM power_of_attorney p JOIN citizen c ON c.id = p.citizen_id
    WHERE p.relative_id = r.id ORDER BY p.registered_at, p.id LIMIT 1);

-- The relative's name as written on the power of attorney, as the registering municipality typed it: staff see this,
-- so the page looks the same whether or not the CPR number was known before.
ALTER TABLE power_of_attorney ADD COLUMN relative_name VARCHAR(201) NULL;

UPDATE power_of_attorney p JOIN relative r ON r.id = p.relative_id SET p.relative_name = CONCAT(r.first_name, ' ', r.last_name);

CREATE TABLE relative_contact_change (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    relative_id         BIGINT       NOT NULL,
    changed_by_user_id  BIGINT       NOT NULL,
    changed_by_role     VARCHAR(30)  NOT NULL,
    municipality_id     BIGINT,
    fields              VARCHAR(100) NOT NULL,
    changed_at          DATETIME(6)  NOT NULL,
    INDEX ix_contact_change_relative (relative_id, changed_at),
    CONSTRAINT fk_contact_change_relative FOREIGN KEY (relative_id) REFERENCES relative (id)
) ENGINE = InnoDB;
