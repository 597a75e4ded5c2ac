-- The dashboard's national and provincial figures without summing thousands of tally rows per
-- request (issue 7). dashboard_tally (migration 0006) keeps counts per day, regency and size
-- class; the unfiltered dashboard summed 15,000–77,000 of those rows per figure (about 20 ms at
-- a million enterprises). dashboard_rollup holds the same counts already summed over regencies,
-- with '*' rows for every province and every size class, and a yearly bucket of Go Online
-- (kind 'online_year') for the province table. Triggers on dashboard_tally keep it in the same
-- transaction as the tally, so it is exact whenever the tally is (decision 0016).
--
-- Days of activity (kind 'active_day') are left out: an owner's every save moves their activity
-- day, so rolling it up made that most frequent write about four times slower (0.6 → 2.2 ms at a
-- million enterprises), to save the dashboard about 2 ms. The 30-day active count still sums
-- the tally.
CREATE TABLE dashboard_rollup (
  kind TEXT NOT NULL,
  category TEXT NOT NULL,
  -- '*' = every province ('' = not given yet, as in dashboard_tally)
  province_code TEXT NOT NULL,
  -- '*' = every size class
  size_class TEXT NOT NULL,
  bucket TEXT NOT NULL,
  n INTEGER NOT NULL,
  n_shop INTEGER NOT NULL,
  n_sale INTEGER NOT NULL,
  PRIMARY KEY (kind, category, province_code, size_class, bucket)
) STRICT, WITHOUT ROWID;

-- One tally row counts towards four rollup rows (its province or every province, its size class
-- or every size class), and a Go Online day also towards its year.
INSERT INTO dashboard_rollup (kind, category, province_code, size_class, bucket, n, n_shop, n_sale)
SELECT kind, category, province_code, size_class, bucket, sum(n), sum(n_shop), sum(n_sale)
FROM (
  SELECT CASE WHEN y.year THEN 'online_year' ELSE t.kind END AS kind,
         t.category,
         CASE WHEN p.every THEN '*' ELSE t.province_code END AS province_code,
         CASE WHEN s.every THEN '*' ELSE t.size_class END AS size_class,
         CASE WHEN y.year THEN substr(t.bucket, 1, 4) ELSE t.bucket END AS bucket,
         t.n, t.n_shop, t.n_sale
  FROM dashboard_tally t
  JOIN (SELECT 0 AS year UNION ALL SELECT 1) y ON y.year = 0 OR t.kind = 'online_day'
  CROSS JOIN (SELECT 0 AS every UNION ALL SELECT 1) p
  CROSS JOIN (SELECT 0 AS every UNION ALL SELECT 1) s
  WHERE t.kind <> 'active_day'
)
GROUP BY kind, category, province_code, size_class, bucket;

-- An owner's activity time changes on nearly every save. The tally triggers of migration 0006
-- answered each such change by taking the enterprise out of every kind of tally row and putting
-- it back (about thirty upserts); only its day of activity can have moved. They now fire for the
-- other columns only, and enterprise_tally_activity moves the activity day alone, and only when
-- the day (WIB) changes: a second save the same day writes no tally row at all.
DROP TRIGGER enterprise_tally_update_old;
DROP TRIGGER enterprise_tally_update_new;

CREATE TRIGGER enterprise_tally_update_old BEFORE UPDATE OF stage, province_code, regency_code, size_class, has_marketplace_shop, has_online_sale, created_at, go_online_at, last_owner_activity_at ON enterprise
WHEN OLD.stage IS NOT NEW.stage OR OLD.province_code IS NOT NEW.province_code OR OLD.regency_code IS NOT NEW.regency_code OR OLD.size_class IS NOT NEW.size_class OR OLD.has_marketplace_shop IS NOT NEW.has_marketplace_shop OR OLD.has_online_sale IS NOT NEW.has_online_sale OR OLD.created_at IS NOT NEW.created_at OR OLD.go_online_at IS NOT NEW.go_online_at
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
WHEN OLD.stage IS NOT NEW.stage OR OLD.province_code IS NOT NEW.province_code OR OLD.regency_code IS NOT NEW.regency_code OR OLD.size_class IS NOT NEW.size_class OR OLD.has_marketplace_shop IS NOT NEW.has_marketplace_shop OR OLD.has_online_sale IS NOT NEW.has_online_sale OR OLD.created_at IS NOT NEW.created_at OR OLD.go_online_at IS NOT NEW.go_online_at
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

CREATE TRIGGER enterprise_tally_activity AFTER UPDATE OF last_owner_activity_at ON enterprise
WHEN date(coalesce(OLD.last_owner_activity_at, OLD.created_at) + 25200, 'unixepoch') IS NOT date(coalesce(NEW.last_owner_activity_at, NEW.created_at) + 25200, 'unixepoch')
  AND OLD.stage IS NEW.stage AND OLD.province_code IS NEW.province_code AND OLD.regency_code IS NEW.regency_code AND OLD.size_class IS NEW.size_class AND OLD.has_marketplace_shop IS NEW.has_marketplace_shop AND OLD.has_online_sale IS NEW.has_online_sale AND OLD.created_at IS NEW.created_at AND OLD.go_online_at IS NEW.go_online_at
BEGIN
  INSERT INTO dashboard_tally (kind, bucket, province_code, regency_code, size_class, category, n, n_shop, n_sale)
  SELECT 'active_day', d.day, coalesce(NEW.province_code, ''), coalesce(NEW.regency_code, ''), coalesce(NEW.size_class, ''),
         c.category, d.delta, 0, 0
  FROM (SELECT date(coalesce(OLD.last_owner_activity_at, OLD.created_at) + 25200, 'unixepoch') AS day, -1 AS delta UNION ALL SELECT date(coalesce(NEW.last_owner_activity_at, NEW.created_at) + 25200, 'unixepoch'), 1) d,
       (SELECT '*' AS category UNION ALL SELECT category FROM enterprise_category WHERE enterprise_id = NEW.id) c
  WHERE true
  ON CONFLICT (kind, category, bucket, province_code, regency_code, size_class) DO UPDATE SET
    n = n + excluded.n, n_shop = n_shop + excluded.n_shop, n_sale = n_sale + excluded.n_sale;
END;

-- Tally rows are only ever inserted (first count) or updated (n moves); their keys never change.
CREATE TRIGGER dashboard_tally_rollup_insert AFTER INSERT ON dashboard_tally
WHEN NEW.kind <> 'active_day' BEGIN
  INSERT INTO dashboard_rollup (kind, category, province_code, size_class, bucket, n, n_shop, n_sale)
  SELECT CASE WHEN y.year THEN 'online_year' ELSE NEW.kind END,
         NEW.category,
         CASE WHEN p.every THEN '*' ELSE NEW.province_code END,
         CASE WHEN s.every THEN '*' ELSE NEW.size_class END,
         CASE WHEN y.year THEN substr(NEW.bucket, 1, 4) ELSE NEW.bucket END,
         NEW.n, NEW.n_shop, NEW.n_sale
  FROM (SELECT 0 AS year UNION ALL SELECT 1) y
  CROSS JOIN (SELECT 0 AS every UNION ALL SELECT 1) p
  CROSS JOIN (SELECT 0 AS every UNION ALL SELECT 1) s
  WHERE y.year = 0 OR NEW.kind = 'online_day'
  ON CONFLICT (kind, category, province_code, size_class, bucket) DO UPDATE SET
    n = n + excluded.n, n_shop = n_shop + excluded.n_shop, n_sale = n_sale + excluded.n_sale;
END;

CREATE TRIGGER dashboard_tally_rollup_update AFTER UPDATE OF n, n_shop, n_sale ON dashboard_tally
WHEN NEW.kind <> 'active_day' BEGIN
  INSERT INTO dashboard_rollup (kind, category, province_code, size_class, bucket, n, n_shop, n_sale)
  SELECT CASE WHEN y.year THEN 'online_year' ELSE NEW.kind END,
         NEW.category,
         CASE WHEN p.every THEN '*' ELSE NEW.province_code END,
         CASE WHEN s.every THEN '*' ELSE NEW.size_class END,
         CASE WHEN y.year THEN substr(NEW.bucket, 1, 4) ELSE NEW.bucket END,
         NEW.n - OLD.n, NEW.n_shop - OLD.n_shop, NEW.n_sale - OLD.n_sale
  FROM (SELECT 0 AS year UNION ALL SELECT 1) y
  CROSS JOIN (SELECT 0 AS every UNION ALL SELECT 1) p
  CROSS JOIN (SELECT 0 AS every UNION ALL SELECT 1) s
  WHERE y.year = 0 OR NEW.kind = 'online_day'
  ON CONFLICT (kind, category, province_code, size_class, bucket) DO UPDATE SET
    n = n + excluded.n, n_shop = n_shop + excluded.n_shop, n_sale = n_sale + excluded.n_sale;
END;

CREATE TRIGGER dashboard_tally_rollup_delete AFTER DELETE ON dashboard_tally
WHEN OLD.kind <> 'active_day' BEGIN
  INSERT INTO dashboard_rollup (kind, category, province_code, size_class, bucket, n, n_shop, n_sale)
  SELECT CASE WHEN y.year THEN 'online_year' ELSE OLD.kind END,
         OLD.category,
         CASE WHEN p.every THEN '*' ELSE OLD.province_code END,
         CASE WHEN s.every THEN '*' ELSE OLD.size_class END,
         CASE WHEN y.year THEN substr(OLD.bucket, 1, 4) ELSE OLD.bucket END,
         -OLD.n, -OLD.n_shop, -OLD.n_sale
  FROM (SELECT 0 AS year UNION ALL SELECT 1) y
  CROSS JOIN (SELECT 0 AS every UNION ALL SELECT 1) p
  CROSS JOIN (SELECT 0 AS every UNION ALL SELECT 1) s
  WHERE y.year = 0 OR OLD.kind = 'online_day'
  ON CONFLICT (kind, category, province_code, size_class, bucket) DO UPDATE SET
    n = n + excluded.n, n_shop = n_shop + excluded.n_shop, n_sale = n_sale + excluded.n_sale;
END;
