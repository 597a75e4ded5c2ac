-- The caseload's default order (issue 7): a mentor opens the caseload sorted by name, and the
-- rule sorts blank names last and ignores case ("e.name IS NULL, e.name COLLATE NOCASE, e.id" in
-- caseload.server.ts). Sorting a caseload of thousands from enterprise_caseload on every page
-- cost 1–5 ms (more on deep pages); an index in exactly that order lets an unfiltered page walk
-- only the entries up to the page's last row. It replaces migration 0005's (mentor, name) index,
-- which sorted by case and nothing used any more.
DROP INDEX enterprise_mentor_name;
CREATE INDEX enterprise_mentor_name ON enterprise (mentor_user_id, name IS NULL, name COLLATE NOCASE);

-- The stalled count (caseload.server.ts stalledCount) of a busy mentor, counted on every caseload
-- page and for each of the 20 mentors on the dashboard's workload table: counting the quiet cases
-- themselves read about 2,100 index entries for each of the busiest synthetic mentors (58,000 for
-- the table, 10–17 ms). It is now the open cases (mentor_load.active_cases, kept by triggers)
-- minus those active since the cutoff, plus those of the active ones whose follow-up date has
-- passed: one range of this index, the recently active cases only (about 470 each). go_online_at
-- is always NULL here, but without it as a column SQLite reads each table row to test it.
DROP INDEX enterprise_mentor_open_quiet;
CREATE INDEX enterprise_mentor_open_quiet ON enterprise (
  mentor_user_id, coalesce(last_activity_at, created_at), next_follow_up_on, go_online_at
) WHERE go_online_at IS NULL;
DROP INDEX enterprise_mentor_open_follow_up;
