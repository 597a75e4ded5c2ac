-- The brand-name check: an index of marks (a seed of well-known marks, brands entered in the
-- app, and imports of PDKI search exports), the keys it is searched by, and stored results.

CREATE TABLE trademark (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- search keys, computed by app/utils/brand-check (normalised distinctive part, sound, meaning)
  key TEXT NOT NULL,
  phonetic TEXT NOT NULL,
  metaphone TEXT NOT NULL,
  concept TEXT NOT NULL DEFAULT '',
  -- Nice classes, a JSON array of integers 1–45
  classes TEXT NOT NULL CHECK (json_valid(classes) AND json_type(classes) = 'array'),
  owner TEXT CHECK (owner IS NULL OR length(owner) <= 300),
  -- in_app: a brand used by an enterprise of this app, not a register entry
  status TEXT NOT NULL CHECK (status IN ('registered', 'pending', 'expired', 'refused', 'in_app')),
  application_number TEXT UNIQUE CHECK (application_number IS NULL OR length(application_number) <= 40),
  filed_on TEXT CHECK (filed_on IS NULL OR filed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  source TEXT NOT NULL CHECK (source IN ('seed', 'app', 'import')),
  well_known INTEGER NOT NULL DEFAULT 0 CHECK (well_known IN (0, 1)),
  enterprise_id INTEGER UNIQUE REFERENCES enterprise (id) ON DELETE CASCADE,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX trademark_key ON trademark (key);
CREATE INDEX trademark_phonetic ON trademark (phonetic);
CREATE INDEX trademark_metaphone ON trademark (metaphone);
CREATE INDEX trademark_concept ON trademark (concept) WHERE concept <> '';
CREATE INDEX trademark_source ON trademark (source);

-- Each distinctive word of a mark, for "contains an existing mark"; famous marks first.
CREATE TABLE trademark_token (
  token TEXT NOT NULL,
  well_known INTEGER NOT NULL,
  trademark_id INTEGER NOT NULL,
  PRIMARY KEY (token, well_known, trademark_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX trademark_token_mark ON trademark_token (trademark_id);

-- The sound key with each one letter deleted: two keys one edit apart share a variant, so
-- near-misses ("Aqva", "Indomi") are found by equality lookups, never by a scan.
CREATE TABLE trademark_variant (
  variant TEXT NOT NULL,
  trademark_id INTEGER NOT NULL,
  PRIMARY KEY (variant, trademark_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX trademark_variant_mark ON trademark_variant (trademark_id);

-- Bumped whenever the index changes, and stored with each result, so a mentor sees what the
-- owner saw and against which index.
CREATE TABLE trademark_index_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL,
  seed_version INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
) STRICT;

INSERT INTO trademark_index_meta (id, version, seed_version, updated_at) VALUES (1, 1, 0, 0);

CREATE TABLE brand_check (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER REFERENCES enterprise (id) ON DELETE CASCADE,
  checked_by INTEGER REFERENCES user (id) ON DELETE SET NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  classes TEXT NOT NULL CHECK (json_valid(classes)),
  index_version INTEGER NOT NULL,
  results TEXT NOT NULL CHECK (json_valid(results)),
  checked_at INTEGER NOT NULL
) STRICT;

CREATE INDEX brand_check_enterprise ON brand_check (enterprise_id, checked_at);
