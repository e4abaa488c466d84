-- The cost calculation behind a municipal provider's add-on price (free-municipality trial rule: the average long-run
-- cost, no profit, no price below cost). One current calculation per add-on; the audit trail keeps the changes.
CREATE TABLE addon_cost_calculation (
    add_on_id                 BIGINT        PRIMARY KEY,
    version                   BIGINT        NOT NULL DEFAULT 0,
    municipality_id           BIGINT        NOT NULL,
    hourly_wage_ore           BIGINT        NOT NULL,
    pension_percent           DECIMAL(5, 2) NOT NULL,
    holiday_percent           DECIMAL(5, 2) NOT NULL,
    minutes_per_unit          INT           NOT NULL,
    travel_minutes_per_unit   INT           NOT NULL,
    materials_ore             BIGINT        NOT NULL,
    overhead_percent          DECIMAL(5, 2) NOT NULL,
    administration_ore        BIGINT        NOT NULL,
    unit_cost_ore             BIGINT        NOT NULL,
    price_ore                 BIGINT        NOT NULL,
    calculated_at             DATETIME(6)   NOT NULL,
    calculated_by_user_id     BIGINT        NOT NULL,
    calculated_by_name        VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_cost_add_on FOREIGN KEY (add_on_id) REFERENCES add_on (id),
    CONSTRAINT fk_cost_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_cost_values CHECK (hourly_wage_ore >= 0 AND minutes_per_unit >= 0 AND travel_minutes_per_unit >= 0
        AND materials_ore >= 0 AND administration_ore >= 0 AND unit_cost_ore > 0)
) ENGINE = InnoDB;
