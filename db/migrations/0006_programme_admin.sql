-- Programme administration: invitation and reset links, mentors' coverage areas, targets,
-- the checklist editor's draft, and the aggregates the national dashboard reads.

-- One-time links: an invitation (a new mentor or administrator sets a password) or a password
-- reset. Only SHA-256 of the secret is stored; the link is shown once to the administrator.
CREATE TABLE user_token (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('invitation', 'password_reset')),
  token_hash BLOB NOT NULL UNIQUE,
  created_by INTEGER REFERENCES user (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
) STRICT;

CREATE INDEX user_token_user ON user_token (user_id, purpose);

-- An invited account has no password until its invitation is used.
ALTER TABLE user ADD COLUMN invited_at INTEGER;

-- Where a mentor works: provinces ('PP') or regencies ('PP.KK'). New enterprises go to the mentor
-- covering their regency, else their province, with the fewest active cases.
CREATE TABLE mentor_coverage (
  mentor_user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
  region_code TEXT NOT NULL REFERENCES region (code),
  PRIMARY KEY (mentor_user_id, region_code)
) STRICT, WITHOUT ROWID;

CREATE INDEX mentor_coverage_region ON mentor_coverage (region_code, mentor_user_id);

-- Enterprises Go Online per year: the national target has province_code ''.
CREATE TABLE programme_target (
  year INTEGER NOT NULL CHECK (year BETWEEN 2019 AND 2100),
  province_code TEXT NOT NULL,
  target INTEGER NOT NULL CHECK (target >= 0),
  updated_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES user (id) ON DELETE SET NULL,
  PRIMARY KEY (year, province_code)
) STRICT, WITHOUT ROWID;

-- The checklist editor works on one draft; publishing it stores the next journey_template version.
CREATE TABLE journey_template_draft (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  base_version INTEGER NOT NULL REFERENCES journey_template (version),
  content TEXT NOT NULL CHECK (json_valid(content)),
  updated_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES user (id) ON DELETE SET NULL
) STRICT;

ALTER TABLE journey_template ADD COLUMN note TEXT CHECK (note IS NULL OR length(note) <= 500);

-- Kept by refreshEnterpriseSummary: an open marketplace shop, and a first online sale (from the
-- channels task or an impact record).
ALTER TABLE enterprise ADD COLUMN has_marketplace_shop INTEGER NOT NULL DEFAULT 0 CHECK (has_marketplace_shop IN (0, 1));
ALTER TABLE enterprise ADD COLUMN has_online_sale INTEGER NOT NULL DEFAULT 0 CHECK (has_online_sale IN (0, 1));

UPDATE enterprise SET
  has_marketplace_shop = EXISTS (
    SELECT 1 FROM enterprise_task t, json_each(t.answers) j
    WHERE t.enterprise_id = enterprise.id AND t.task_key = 'channels'
      AND j.key IN ('shopee', 'tiktok_tokopedia', 'lazada', 'blibli')
      AND json_extract(t.answers, '$."' || j.key || '".status') IN ('open', 'first_sale')),
  has_online_sale = EXISTS (
    SELECT 1 FROM enterprise_task t, json_each(t.answers) j
    WHERE t.enterprise_id = enterprise.id AND t.task_key = 'channels'
      AND json_extract(t.answers, '$."' || j.key || '".status') = 'first_sale')
    OR EXISTS (SELECT 1 FROM impact_snapshot s WHERE s.enterprise_id = enterprise.id AND s.first_online_sale_on IS NOT NULL);

-- The unassigned queue and assignment by filter.
CREATE INDEX enterprise_unassigned ON enterprise (regency_code, created_at) WHERE mentor_user_id IS NULL;
CREATE INDEX enterprise_province_created ON enterprise (province_code, created_at);
CREATE INDEX enterprise_created ON enterprise (created_at);

-- The national dashboard reads counts, never enterprise rows: every enterprise contributes one
-- unit to each kind of tally, once for category '*' (all) and once per product category it makes.
-- The triggers below keep the tally in the same transaction as every write to an enterprise or
-- its categories, whatever code path makes it (app, seed, generator).
--   stage           bucket = stage; n_shop / n_sale count open marketplace shops and first sales
--   registered_day  bucket = day of registration (WIB), province level
--   active_day      bucket = day of the owner's latest activity (WIB)
--   online_day      bucket = day of Go Online (WIB), province level
--   online_days     bucket = days from registration to Go Online, zero-padded, province level
CREATE TABLE dashboard_tally (
  kind TEXT NOT NULL CHECK (kind IN ('stage', 'registered_day', 'active_day', 'online_day', 'online_days')),
  bucket TEXT NOT NULL,
  province_code TEXT NOT NULL,
  regency_code TEXT NOT NULL,
  size_class TEXT NOT NULL,
  category TEXT NOT NULL,
  n INTEGER NOT NULL,
  n_shop INTEGER NOT NULL,
  n_sale INTEGER NOT NULL,
  PRIMARY KEY (kind, category, bucket, province_code, regency_code, size_class)
) STRICT, WITHOUT ROWID;

CREATE INDEX dashboard_tally_province ON dashboard_tally (kind, category, province_code, bucket);

  INSERT INTO dashboard_tally (kind, bucket, province_code, regency_code, size_class, category, n, n_shop, n_sale)
  SELECT k.kind,
         CASE k.kind
           WHEN 'stage' THEN e.stage
           WHEN 'registered_day' THEN date(e.created_at + 25200, 'unixepoch')
           WHEN 'active_day' THEN date(coalesce(e.last_owner_activity_at, e.created_at) + 25200, 'unixepoch')
           WHEN 'online_day' THEN date(e.go_online_at + 25200, 'unixepoch')
           ELSE printf('%05d', max(0, (e.go_online_at - e.created_at) / 86400))
         END,
         coalesce(e.province_code, ''),
         CASE WHEN k.kind IN ('stage', 'active_day') THEN coalesce(e.regency_code, '') ELSE '' END,
         coalesce(e.size_class, ''),
         c.category,
         1,
         CASE WHEN k.kind = 'stage' THEN e.has_marketplace_shop ELSE 0 END,
         CASE WHEN k.kind = 'stage' THEN e.has_online_sale ELSE 0 END
  FROM enterprise e CROSS JOIN (SELECT 'stage' AS kind UNION ALL SELECT 'registered_day' UNION ALL SELECT 'active_day'
          UNION ALL SELECT 'online_day' UNION ALL SELECT 'online_days') k
       JOIN (SELECT id AS enterprise_id, '*' AS category FROM enterprise UNION ALL SELECT enterprise_id, category FROM enterprise_category) c ON c.enterprise_id = e.id
  WHERE 1 AND (e.go_online_at IS NOT NULL OR k.kind NOT IN ('online_day', 'online_days'))
  ON CONFLICT (kind, category, bucket, province_code, regency_code, size_class) DO UPDATE SET
    n = n + excluded.n, n_shop = n_shop + excluded.n_shop, n_sale = n_sale + excluded.n_sale;

CREATE TRIGGER enterprise_tally_insert AFTER INSERT ON enterprise BEGIN
  INSERT INTO dashboard_tally (kind, bucket, province_code, regency_code, size_class, category, n, n_shop, n_sale)
  SELECT k.kind,
         CASE k.kind
           WHEN 'stage' THEN e.stage
           WHEN 'registered_day' THEN date(e.created_at + 25200, 'unixepoch')
           WHEN 'active_day' THEN date(coalesce(e.last_owner_activity_at, e.created_at) + 25200, 'unixepoch')
           WHEN 'online_day' THEN date(e.go_online_at + 25200, 'unixepoch')
           ELSE printf('%05d', max(0, (e.go_online_at - e.created_at) / 86400))
         END,
         coalesce(e.province_code, ''),
         CASE WHEN k.kind IN ('stage', 'active_day') THEN coalesce(e.regency_code, '') ELSE '' END,
         coalesce(e.size_class, ''),
         c.category,
         1,
         CASE WHEN k.kind = 'stage' THEN e.has_marketplace_shop ELSE 0 END,
         CASE WHEN k.kind = 'stage' THEN e.has_online_sale ELSE 0 END
  FROM enterprise e, (SELECT 'stage' AS kind UNION ALL SELECT 'registered_day' UNION ALL SELECT 'active_day'
          UNION ALL SELECT 'online_day' UNION ALL SELECT 'online_days') k, (SELECT '*' AS category UNION ALL SELECT category FROM enterprise_category WHERE enterprise_id = NEW.id) c
  WHERE e.id = NEW.id AND (e.go_online_at IS NOT NULL OR k.kind NOT IN ('online_day', 'online_days'))
  ON CONFLICT (kind, category, bucket, province_code, regency_code, size_class) DO UPDATE SET
    n = n + excluded.n, n_shop = n_shop + excluded.n_shop, n_sale = n_sale + excluded.n_sale;
END;

CREATE TRIGGER enterprise_tally_update_old BEFORE UPDATE OF stage, province_code, regency_code, size_class, has_marketplace_shop, has_online_sale, created_at, go_online_at, last_owner_activity_at ON enterprise
WHEN OLD.stage IS NOT NEW.stage OR OLD.province_code IS NOT NEW.province_code OR OLD.regency_code IS NOT NEW.regency_code OR OLD.size_class IS NOT NEW.size_class OR OLD.has_marketplace_shop IS NOT NEW.has_marketplace_shop OR OLD.has_online_sale IS NOT NEW.has_online_sale OR OLD.created_at IS NOT NEW.created_at OR OLD.go_online_at IS NOT NEW.go_online_at OR OLD.last_owner_activity_at IS NOT NEW.last_owner_activity_at
BEGIN
  INSERT INTO dashboard_tally (kind, bucket, province_code, regency_code, size_class, category, n, n_shop, n_sale)
  SELECT k.kind,
         CASE k.kind
           WHEN 'stage' THEN e.stage
           WHEN 'registered_day' THEN date(e.created_at + 25200, 'unixepoch')
           WHEN 'active_day' THEN date(coalesce(e.last_owner_activity_at, e.created_at) + 25200, 'unixepoch')
           WHEN 'online_day' THEN date(e.go_online_at + 25200, 'unixepoch')
           ELSE printf('%05d', max(0, (e.go_online_at - e.created_at) / 86400))
         END,
         coalesce(e.province_code, ''),
         CASE WHEN k.kind IN ('stage', 'active_day') THEN coalesce(e.regency_code, '') ELSE '' END,
         coalesce(e.size_class, ''),
         c.category,
         -1,
         CASE WHEN k.kind = 'stage' THEN -e.has_marketplace_shop ELSE 0 END,
         CASE WHEN k.kind = 'stage' THEN -e.has_online_sale ELSE 0 END
  FROM enterprise e, (SELECT 'stage' AS kind UNION ALL SELECT 'registered_day' UNION ALL SELECT 'active_day'
          UNION ALL SELECT 'online_day' UNION ALL SELECT 'online_days') k, (SELECT '*' AS category UNION ALL SELECT category FROM enterprise_category WHERE enterprise_id = OLD.id) c
  WHERE e.id = OLD.id AND (e.go_online_at IS NOT NULL OR k.kind NOT IN ('online_day', 'online_days'))
  ON CONFLICT (kind, category, bucket, province_code, regency_code, size_class) DO UPDATE SET
    n = n + excluded.n, n_shop = n_shop + excluded.n_shop, n_sale = n_sale + excluded.n_sale;
END;

CREATE TRIGGER enterprise_tally_update_new AFTER UPDATE OF stage, province_code, regency_code, size_class, has_marketplace_shop, has_online_sale, created_at, go_online_at, last_owner_activity_at ON enterprise
WHEN OLD.stage IS NOT NEW.stage OR OLD.province_code IS NOT NEW.province_code OR OLD.regency_code IS NOT NEW.regency_code OR OLD.size_class IS NOT NEW.size_class OR OLD.has_marketplace_shop IS NOT NEW.has_marketplace_shop OR OLD.has_online_sale IS NOT NEW.has_online_sale OR OLD.created_at IS NOT NEW.created_at OR OLD.go_online_at IS NOT NEW.go_online_at OR OLD.last_owner_activity_at IS NOT NEW.last_owner_activity_at
BEGIN
  INSERT INTO dashboard_tally (kind, bucket, province_code, regency_code, size_class, category, n, n_shop, n_sale)
  SELECT k.kind,
         CASE k.kind
           WHEN 'stage' THEN e.stage
           WHEN 'registered_day' THEN date(e.created_at + 25200, 'unixepoch')
           WHEN 'active_day' THEN date(coalesce(e.last_owner_activity_at, e.created_at) + 25200, 'unixepoch')
           WHEN 'online_day' THEN date(e.go_online_at + 25200, 'unixepoch')
           ELSE printf('%05d', max(0, (e.go_online_at - e.created_at) / 86400))
         END,
         coalesce(e.province_code, ''),
         CASE WHEN k.kind IN ('stage', 'active_day') THEN coalesce(e.regency_code, '') ELSE '' END,
         coalesce(e.size_class, ''),
         c.category,
         1,
         CASE WHEN k.kind = 'stage' THEN e.has_marketplace_shop ELSE 0 END,
         CASE WHEN k.kind = 'stage' THEN e.has_online_sale ELSE 0 END
  FROM enterprise e, (SELECT 'stage' AS kind UNION ALL SELECT 'registered_day' UNION ALL SELECT 'active_day'
          UNION ALL SELECT 'online_day' UNION ALL SELECT 'online_days') k, (SELECT '*' AS category UNION ALL SELECT category FROM enterprise_category WHERE enterprise_id = NEW.id) c
  WHERE e.id = NEW.id AND (e.go_online_at IS NOT NULL OR k.kind NOT IN ('online_day', 'online_days'))
  ON CONFLICT (kind, category, bucket, province_code, regency_code, size_class) DO UPDATE SET
    n = n + excluded.n, n_shop = n_shop + excluded.n_shop, n_sale = n_sale + excluded.n_sale;
END;

CREATE TRIGGER enterprise_tally_delete BEFORE DELETE ON enterprise BEGIN
  INSERT INTO dashboard_tally (kind, bucket, province_code, regency_code, size_class, category, n, n_shop, n_sale)
  SELECT k.kind,
         CASE k.kind
           WHEN 'stage' THEN e.stage
           WHEN 'registered_day' THEN date(e.created_at + 25200, 'unixepoch')
           WHEN 'active_day' THEN date(coalesce(e.last_owner_activity_at, e.created_at) + 25200, 'unixepoch')
           WHEN 'online_day' THEN date(e.go_online_at + 25200, 'unixepoch')
           ELSE printf('%05d', max(0, (e.go_online_at - e.created_at) / 86400))
         END,
         coalesce(e.province_code, ''),
         CASE WHEN k.kind IN ('stage', 'active_day') THEN coalesce(e.regency_code, '') ELSE '' END,
         coalesce(e.size_class, ''),
         c.category,
         -1,
         CASE WHEN k.kind = 'stage' THEN -e.has_marketplace_shop ELSE 0 END,
         CASE WHEN k.kind = 'stage' THEN -e.has_online_sale ELSE 0 END
  FROM enterprise e, (SELECT 'stage' AS kind UNION ALL SELECT 'registered_day' UNION ALL SELECT 'active_day'
          UNION ALL SELECT 'online_day' UNION ALL SELECT 'online_days') k, (SELECT '*' AS category UNION ALL SELECT category FROM enterprise_category WHERE enterprise_id = OLD.id) c
  WHERE e.id = OLD.id AND (e.go_online_at IS NOT NULL OR k.kind NOT IN ('online_day', 'online_days'))
  ON CONFLICT (kind, category, bucket, province_code, regency_code, size_class) DO UPDATE SET
    n = n + excluded.n, n_shop = n_shop + excluded.n_shop, n_sale = n_sale + excluded.n_sale;
END;

CREATE TRIGGER enterprise_category_tally_insert AFTER INSERT ON enterprise_category BEGIN
  INSERT INTO dashboard_tally (kind, bucket, province_code, regency_code, size_class, category, n, n_shop, n_sale)
  SELECT k.kind,
         CASE k.kind
           WHEN 'stage' THEN e.stage
           WHEN 'registered_day' THEN date(e.created_at + 25200, 'unixepoch')
           WHEN 'active_day' THEN date(coalesce(e.last_owner_activity_at, e.created_at) + 25200, 'unixepoch')
           WHEN 'online_day' THEN date(e.go_online_at + 25200, 'unixepoch')
           ELSE printf('%05d', max(0, (e.go_online_at - e.created_at) / 86400))
         END,
         coalesce(e.province_code, ''),
         CASE WHEN k.kind IN ('stage', 'active_day') THEN coalesce(e.regency_code, '') ELSE '' END,
         coalesce(e.size_class, ''),
         c.category,
         1,
         CASE WHEN k.kind = 'stage' THEN e.has_marketplace_shop ELSE 0 END,
         CASE WHEN k.kind = 'stage' THEN e.has_online_sale ELSE 0 END
  FROM enterprise e, (SELECT 'stage' AS kind UNION ALL SELECT 'registered_day' UNION ALL SELECT 'active_day'
          UNION ALL SELECT 'online_day' UNION ALL SELECT 'online_days') k, (SELECT NEW.category AS category) c
  WHERE e.id = NEW.enterprise_id AND (e.go_online_at IS NOT NULL OR k.kind NOT IN ('online_day', 'online_days'))
  ON CONFLICT (kind, category, bucket, province_code, regency_code, size_class) DO UPDATE SET
    n = n + excluded.n, n_shop = n_shop + excluded.n_shop, n_sale = n_sale + excluded.n_sale;
END;

CREATE TRIGGER enterprise_category_tally_delete AFTER DELETE ON enterprise_category BEGIN
  INSERT INTO dashboard_tally (kind, bucket, province_code, regency_code, size_class, category, n, n_shop, n_sale)
  SELECT k.kind,
         CASE k.kind
           WHEN 'stage' THEN e.stage
           WHEN 'registered_day' THEN date(e.created_at + 25200, 'unixepoch')
           WHEN 'active_day' THEN date(coalesce(e.last_owner_activity_at, e.created_at) + 25200, 'unixepoch')
           WHEN 'online_day' THEN date(e.go_online_at + 25200, 'unixepoch')
           ELSE printf('%05d', max(0, (e.go_online_at - e.created_at) / 86400))
         END,
         coalesce(e.province_code, ''),
         CASE WHEN k.kind IN ('stage', 'active_day') THEN coalesce(e.regency_code, '') ELSE '' END,
         coalesce(e.size_class, ''),
         c.category,
         -1,
         CASE WHEN k.kind = 'stage' THEN -e.has_marketplace_shop ELSE 0 END,
         CASE WHEN k.kind = 'stage' THEN -e.has_online_sale ELSE 0 END
  FROM enterprise e, (SELECT 'stage' AS kind UNION ALL SELECT 'registered_day' UNION ALL SELECT 'active_day'
          UNION ALL SELECT 'online_day' UNION ALL SELECT 'online_days') k, (SELECT OLD.category AS category) c
  WHERE e.id = OLD.enterprise_id AND (e.go_online_at IS NOT NULL OR k.kind NOT IN ('online_day', 'online_days'))
  ON CONFLICT (kind, category, bucket, province_code, regency_code, size_class) DO UPDATE SET
    n = n + excluded.n, n_shop = n_shop + excluded.n_shop, n_sale = n_sale + excluded.n_sale;
END;

-- Each mentor's load, for the workload table and auto-assignment: cases not yet Go Online, all
-- cases, and tasks waiting for their review.
CREATE TABLE mentor_load (
  mentor_user_id INTEGER PRIMARY KEY REFERENCES user (id) ON DELETE CASCADE,
  active_cases INTEGER NOT NULL DEFAULT 0,
  all_cases INTEGER NOT NULL DEFAULT 0,
  tasks_waiting INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX mentor_load_active ON mentor_load (active_cases);

INSERT INTO mentor_load (mentor_user_id, active_cases, all_cases, tasks_waiting)
SELECT id, 0, 0, 0 FROM user WHERE role = 'mentor';

INSERT INTO mentor_load (mentor_user_id, active_cases, all_cases, tasks_waiting)
SELECT mentor_user_id, sum(stage <> 'go_online'), count(*), sum(tasks_waiting)
FROM enterprise WHERE mentor_user_id IS NOT NULL GROUP BY mentor_user_id
ON CONFLICT (mentor_user_id) DO UPDATE SET
  active_cases = excluded.active_cases, all_cases = excluded.all_cases, tasks_waiting = excluded.tasks_waiting;

CREATE TRIGGER mentor_load_user_insert AFTER INSERT ON user WHEN NEW.role = 'mentor' BEGIN
  INSERT OR IGNORE INTO mentor_load (mentor_user_id) VALUES (NEW.id);
END;

CREATE TRIGGER mentor_load_user_role AFTER UPDATE OF role ON user WHEN NEW.role = 'mentor' BEGIN
  INSERT OR IGNORE INTO mentor_load (mentor_user_id) VALUES (NEW.id);
END;

CREATE TRIGGER mentor_load_insert AFTER INSERT ON enterprise WHEN NEW.mentor_user_id IS NOT NULL BEGIN
  INSERT INTO mentor_load (mentor_user_id, active_cases, all_cases, tasks_waiting)
  VALUES (NEW.mentor_user_id, NEW.stage <> 'go_online', 1, NEW.tasks_waiting)
  ON CONFLICT (mentor_user_id) DO UPDATE SET active_cases = active_cases + excluded.active_cases,
    all_cases = all_cases + 1, tasks_waiting = tasks_waiting + excluded.tasks_waiting;
END;

CREATE TRIGGER mentor_load_update AFTER UPDATE OF mentor_user_id, stage, tasks_waiting ON enterprise
WHEN OLD.mentor_user_id IS NOT NEW.mentor_user_id OR OLD.stage IS NOT NEW.stage OR OLD.tasks_waiting IS NOT NEW.tasks_waiting
BEGIN
  UPDATE mentor_load SET active_cases = active_cases - (OLD.stage <> 'go_online'), all_cases = all_cases - 1,
    tasks_waiting = tasks_waiting - OLD.tasks_waiting
  WHERE mentor_user_id = OLD.mentor_user_id;
  INSERT INTO mentor_load (mentor_user_id, active_cases, all_cases, tasks_waiting)
  SELECT NEW.mentor_user_id, NEW.stage <> 'go_online', 1, NEW.tasks_waiting WHERE NEW.mentor_user_id IS NOT NULL
  ON CONFLICT (mentor_user_id) DO UPDATE SET active_cases = active_cases + excluded.active_cases,
    all_cases = all_cases + 1, tasks_waiting = tasks_waiting + excluded.tasks_waiting;
END;

CREATE TRIGGER mentor_load_delete BEFORE DELETE ON enterprise WHEN OLD.mentor_user_id IS NOT NULL BEGIN
  UPDATE mentor_load SET active_cases = active_cases - (OLD.stage <> 'go_online'), all_cases = all_cases - 1,
    tasks_waiting = tasks_waiting - OLD.tasks_waiting
  WHERE mentor_user_id = OLD.mentor_user_id;
END;

-- Programme settings (the stalled threshold already lives in app_setting).
INSERT OR IGNORE INTO app_setting (key, value) VALUES ('stalled_after_days', '14');
