-- The national dashboard's sessions export reads every mentor's sessions over a date range
-- (optionally one province), in (held_on, id) order for keyset batches; the existing session
-- indexes both lead with one mentor or one enterprise.
CREATE INDEX mentoring_session_held_on ON mentoring_session (held_on);
