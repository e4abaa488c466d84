-- Municipal staff are split by job: needs assessment (visitation), procurement (market), finance, administrator.
-- Everyone who was "staff" did the visitation work (powers of attorney, switch decisions).
UPDATE user_account SET role = 'MUNICIPAL_NEEDS_ASSESSMENT' WHERE role = 'MUNICIPAL_STAFF';

-- The audit trail: who did what, for whom, acting as what, and when. Append-only: the triggers below refuse
-- every UPDATE and DELETE. citizen_label keeps the masked CPR number and name as they were at the time.
CREATE TABLE audit_entry (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at      DATETIME(6)   NOT NULL,
    actor_user_id    BIGINT,
    actor_name       VARCHAR(200)  NOT NULL,
    actor_role       VARCHAR(40),
    relation         VARCHAR(40),
    permission       VARCHAR(60),
    event            VARCHAR(60)   NOT NULL,
    citizen_id       BIGINT,
    citizen_label    VARCHAR(250),
    municipality_id  BIGINT,
    provider_id      BIGINT,
    details          VARCHAR(1000),
    INDEX ix_audit_citizen (citizen_id, occurred_at),
    INDEX ix_audit_municipality (municipality_id, occurred_at),
    INDEX ix_audit_actor (actor_user_id, occurred_at)
) ENGINE = InnoDB;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only';
