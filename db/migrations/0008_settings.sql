-- The audit viewer: every filter is an equality on one column, then newest first. Each index ends
-- in `at` (and the rowid, the entry's id), so a page is read straight from the index in order,
-- as audit_log_action_at and audit_log_actor_at already do for the action and the actor.
CREATE INDEX audit_log_subject_at ON audit_log (subject_type, subject_id, at);
CREATE INDEX audit_log_ip_at ON audit_log (ip, at);
