-- Count a mentor's stalled enterprises without reading the whole caseload (the dashboard's
-- workload table lists the busiest mentors, whose caseloads run to thousands). Both indexes hold
-- only unfinished enterprises; their expressions match the stalled rule in caseload.server.ts.
CREATE INDEX enterprise_mentor_open_quiet ON enterprise (mentor_user_id, coalesce(last_activity_at, created_at))
  WHERE go_online_at IS NULL;
CREATE INDEX enterprise_mentor_open_follow_up ON enterprise (mentor_user_id, next_follow_up_on)
  WHERE go_online_at IS NULL AND next_follow_up_on IS NOT NULL;
