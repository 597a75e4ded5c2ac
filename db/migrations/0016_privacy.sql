-- Privacy (issue 8, UU PDP 27/2022): which version of each notice a user accepted and when, and
-- owners' requests to erase their account, which an administrator confirms or declines.

-- One row per acceptance. user.privacy_consent_version/_at (migration 0001) keep the latest
-- privacy notice accepted; this table holds the history and the terms of use as well.
CREATE TABLE user_consent (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
  document TEXT NOT NULL CHECK (document IN ('privacy', 'terms')),
  version TEXT NOT NULL CHECK (length(version) BETWEEN 1 AND 60),
  accepted_at INTEGER NOT NULL,
  UNIQUE (user_id, document, version)
) STRICT;

INSERT INTO user_consent (user_id, document, version, accepted_at)
SELECT id, 'privacy', privacy_consent_version, privacy_consent_at FROM user
WHERE privacy_consent_version IS NOT NULL AND privacy_consent_at IS NOT NULL;

-- An owner's request to erase their account. The row outlives the erasure (it holds no personal
-- data, only the account number, which then belongs to an anonymous row) as the record that the
-- request was met.
CREATE TABLE deletion_request (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES user (id),
  status TEXT NOT NULL CHECK (status IN ('pending', 'cancelled', 'confirmed', 'declined')),
  requested_at INTEGER NOT NULL,
  decided_at INTEGER,
  decided_by INTEGER REFERENCES user (id) ON DELETE SET NULL,
  decline_reason TEXT CHECK (decline_reason IS NULL OR length(decline_reason) BETWEEN 1 AND 1000),
  CHECK ((status = 'pending') = (decided_at IS NULL)),
  CHECK ((status = 'declined') = (decline_reason IS NOT NULL))
) STRICT;

-- At most one open request per account; the administrators' queue, oldest first.
CREATE UNIQUE INDEX deletion_request_one_pending ON deletion_request (user_id) WHERE status = 'pending';
CREATE INDEX deletion_request_pending_queue ON deletion_request (requested_at, id) WHERE status = 'pending';
CREATE INDEX deletion_request_user ON deletion_request (user_id, requested_at);

-- When an account's personal data was erased; such an account can never sign in again.
ALTER TABLE user ADD COLUMN erased_at INTEGER;
