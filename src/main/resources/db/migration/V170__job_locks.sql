-- Scheduled jobs run once per cluster (issue 14): ShedLock's lock row per job. A node that starts a job inserts or
-- takes over the row (lock_until in the past) in one statement; the others skip that run. Times are the database's.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB;
