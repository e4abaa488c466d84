-- Municipal settings are edited in the portal now; the database keeps the one rule no one may break: results built
-- on fewer than three answers are never shown.
ALTER TABLE municipality ADD CONSTRAINT ck_municipality_minimum_group_size CHECK (minimum_group_size >= 3);
