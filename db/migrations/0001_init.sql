-- Accounts, sessions, login throttling, audit log and administrative regions.
-- Timestamps are Unix seconds (INTEGER). Enumerations are CHECK constraints.

CREATE TABLE user (
  id INTEGER PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('owner', 'mentor', 'admin')),
  full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 120),
  -- stored lower-cased; the NOCASE collation is a second guard
  email TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(email) BETWEEN 3 AND 254),
  -- E.164, e.g. +6281234567890; required for owners, optional for staff
  phone TEXT UNIQUE CHECK (phone IS NULL OR phone GLOB '+[1-9]*'),
  password_hash TEXT NOT NULL,
  locale TEXT NOT NULL DEFAULT 'id' CHECK (locale IN ('id', 'en')),
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  privacy_consent_version TEXT,
  privacy_consent_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  CHECK (role <> 'owner' OR (phone IS NOT NULL AND privacy_consent_at IS NOT NULL))
) STRICT;

CREATE INDEX user_role_name ON user (role, full_name);

-- Lucia's session design: the cookie holds "id.secret"; only SHA-256(secret) is stored.
CREATE TABLE session (
  id TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
  secret_hash BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  last_verified_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;

CREATE INDEX session_user ON session (user_id);
CREATE INDEX session_expires ON session (expires_at);

-- Failed sign-in counters, keyed 'account:<identifier>' or 'ip:<address>'.
CREATE TABLE login_throttle (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL CHECK (failures >= 0),
  window_started_at INTEGER NOT NULL,
  locked_until INTEGER
) STRICT, WITHOUT ROWID;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor_user_id INTEGER REFERENCES user (id) ON DELETE SET NULL,
  action TEXT NOT NULL,
  subject_type TEXT,
  subject_id TEXT,
  ip TEXT,
  details TEXT CHECK (details IS NULL OR json_valid(details))
) STRICT;

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor_at ON audit_log (actor_user_id, at);
CREATE INDEX audit_log_action_at ON audit_log (action, at);

-- Kemendagri codes: province 'PP', regency/city 'PP.KK' (01-69 kabupaten, 71-99 kota).
-- Rows are loaded from the idn-area-data package by the migration runner, not typed by hand.
CREATE TABLE region (
  code TEXT PRIMARY KEY,
  code_source TEXT NOT NULL DEFAULT 'kemendagri' CHECK (code_source IN ('kemendagri', 'bps')),
  level TEXT NOT NULL CHECK (level IN ('province', 'regency')),
  parent_code TEXT REFERENCES region (code),
  name TEXT NOT NULL,
  regency_kind TEXT CHECK (regency_kind IN ('kabupaten', 'kota')),
  CHECK ((level = 'province') = (parent_code IS NULL))
) STRICT;

CREATE INDEX region_parent_name ON region (parent_code, name);
