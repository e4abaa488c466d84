-- A citizen gives a relative a power of attorney herself; it takes effect when the relative accepts it on her own
-- login. Powers registered by staff take effect at once (accepted when registered), with the reason staff recorded.
ALTER TABLE power_of_attorney
    ADD COLUMN given_by     VARCHAR(10)  NOT NULL DEFAULT 'STAFF',
    ADD COLUMN accepted_at  DATETIME(6)  NULL,
    ADD COLUMN declined_at  DATETIME(6)  NULL,
    ADD COLUMN expired_at   DATETIME(6)  NULL,
    ADD COLUMN reason       VARCHAR(500) NULL;

UPDATE power_of_attorney SET accepted_at = registered_at;

CREATE INDEX ix_poa_ending ON power_of_attorney (valid_to, expired_at);
