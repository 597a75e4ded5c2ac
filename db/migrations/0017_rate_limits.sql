-- Named rate limits (issue 8): the sign-in throttle of 0001 generalised. One row per limit and
-- subject, keyed "<limit>:<subject>" ("login.account:user:42", "upload.ip:10.0.0.1"): hits in
-- the current fixed window, when that window began, and until when the subject is refused.
-- In SQLite so it survives restarts and is shared by every process on this database file.
CREATE TABLE rate_limit (
  key TEXT PRIMARY KEY,
  hits INTEGER NOT NULL CHECK (hits >= 0),
  window_started_at INTEGER NOT NULL,
  locked_until INTEGER
) STRICT, WITHOUT ROWID;

-- The sign-in counters carry over under their new names, so no lock is lifted by the upgrade.
INSERT INTO rate_limit (key, hits, window_started_at, locked_until)
SELECT 'login.' || key,
       failures, window_started_at, locked_until
FROM login_throttle;

DROP TABLE login_throttle;
