-- The provider workspace (issue 13): an add-on is on sale, paused by its provider, or retired for good.
ALTER TABLE add_on ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'ACTIVE';
UPDATE add_on SET status = 'RETIRED' WHERE active = FALSE;
