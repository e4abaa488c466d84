-- A suspension can be decided now to start on a later date: it takes effect (the provider is no longer selectable and
-- its citizens are told) on that date. Suspensions so far all took effect when they were decided.
ALTER TABLE provider_suspension ADD COLUMN effective_at DATETIME(6) NULL;
UPDATE provider_suspension SET effective_at = suspended_at;
CREATE INDEX ix_suspension_pending ON provider_suspension (effective_at, suspended_from);
