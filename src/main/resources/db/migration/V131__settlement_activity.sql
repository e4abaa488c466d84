-- Granted time and visits per municipality and month, kept up to date by the visit import (each month a file
-- touches is summed again, set-based), so the budget dashboard reads a handful of rows instead of every visit.
CREATE TABLE visit_activity_month (
    municipality_id     BIGINT        NOT NULL,
    month               DATE          NOT NULL,
    visits              BIGINT        NOT NULL,
    granted_minutes     BIGINT        NOT NULL,
    delivered_minutes   BIGINT        NOT NULL,
    citizens            INT           NOT NULL,
    PRIMARY KEY (municipality_id, month),
    CONSTRAINT fk_visit_activity_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB;
