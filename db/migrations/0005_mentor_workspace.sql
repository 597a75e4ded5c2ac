-- The mentor's workspace: a caseload that filters in SQL, mentoring sessions with their
-- corrections, impact snapshots, comment threads on tasks, in-app notifications and settings.

-- A summary of each enterprise's journey, kept on the row so a caseload of thousands filters,
-- sorts and pages in one indexed query. Written by refreshEnterpriseSummary (app/lib/mentoring)
-- inside the transaction of every task change, session and snapshot.
ALTER TABLE enterprise ADD COLUMN stage TEXT NOT NULL DEFAULT 'usaha'
  CHECK (stage IN ('usaha', 'merek', 'produk', 'online', 'selesai', 'go_online'));
ALTER TABLE enterprise ADD COLUMN progress_percent INTEGER NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100);
ALTER TABLE enterprise ADD COLUMN tasks_waiting INTEGER NOT NULL DEFAULT 0 CHECK (tasks_waiting >= 0);
-- the NIB from the legality task, for the mentor's search
ALTER TABLE enterprise ADD COLUMN nib TEXT CHECK (nib IS NULL OR nib GLOB '[0-9]*');
ALTER TABLE enterprise ADD COLUMN last_owner_activity_at INTEGER;
ALTER TABLE enterprise ADD COLUMN last_mentor_contact_at INTEGER;
-- the later of the two (or created_at): the stalled rule reads this one column
ALTER TABLE enterprise ADD COLUMN last_activity_at INTEGER;
-- YYYY-MM-DD, the follow-up date of the latest mentoring session
ALTER TABLE enterprise ADD COLUMN next_follow_up_on TEXT;

UPDATE enterprise SET
  last_owner_activity_at = (SELECT max(at) FROM task_event e WHERE e.enterprise_id = enterprise.id AND e.actor_user_id = enterprise.owner_user_id),
  tasks_waiting = (SELECT count(*) FROM enterprise_task t WHERE t.enterprise_id = enterprise.id AND t.status = 'submitted');
UPDATE enterprise SET last_activity_at = coalesce(last_owner_activity_at, created_at), stage = CASE WHEN go_online_at IS NOT NULL THEN 'go_online' ELSE stage END;

-- Every caseload query starts with the mentor; these keep each filter and sort inside one caseload.
DROP INDEX enterprise_mentor;
CREATE INDEX enterprise_mentor_name ON enterprise (mentor_user_id, name);
CREATE INDEX enterprise_mentor_stage ON enterprise (mentor_user_id, stage, name);
CREATE INDEX enterprise_mentor_activity ON enterprise (mentor_user_id, last_activity_at);
CREATE INDEX enterprise_mentor_waiting ON enterprise (mentor_user_id, tasks_waiting) WHERE tasks_waiting > 0;
CREATE INDEX enterprise_mentor_regency ON enterprise (mentor_user_id, regency_code);
CREATE INDEX enterprise_nib ON enterprise (nib) WHERE nib IS NOT NULL;

CREATE TABLE mentoring_session (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  mentor_user_id INTEGER REFERENCES user (id) ON DELETE SET NULL,
  held_on TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  mode TEXT NOT NULL CHECK (mode IN ('kunjungan', 'telepon', 'whatsapp', 'video_call', 'pelatihan')),
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
  -- JSON array of journey step keys (usaha, merek, produk, online, selesai)
  topics TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics) AND json_type(topics) = 'array'),
  -- the owner sees these
  shared_notes TEXT CHECK (shared_notes IS NULL OR length(shared_notes) <= 4000),
  -- mentors and administrators only; never sent to an owner's page, notification or export
  private_notes TEXT CHECK (private_notes IS NULL OR length(private_notes) <= 4000),
  next_action TEXT CHECK (next_action IS NULL OR length(next_action) <= 500),
  follow_up_on TEXT CHECK (follow_up_on IS NULL OR follow_up_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX mentoring_session_enterprise ON mentoring_session (enterprise_id, held_on);
CREATE INDEX mentoring_session_mentor ON mentoring_session (mentor_user_id, held_on);

-- After the 7-day edit window a session is never overwritten; corrections are appended.
CREATE TABLE mentoring_session_correction (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES mentoring_session (id) ON DELETE CASCADE,
  author_user_id INTEGER REFERENCES user (id) ON DELETE SET NULL,
  shared_note TEXT CHECK (shared_note IS NULL OR length(shared_note) BETWEEN 1 AND 2000),
  private_note TEXT CHECK (private_note IS NULL OR length(private_note) BETWEEN 1 AND 2000),
  created_at INTEGER NOT NULL,
  CHECK (shared_note IS NOT NULL OR private_note IS NOT NULL)
) STRICT;

CREATE INDEX mentoring_session_correction_session ON mentoring_session_correction (session_id, created_at);

-- Impact after joining, against the baseline in the profile.
CREATE TABLE impact_snapshot (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  recorded_on TEXT NOT NULL CHECK (recorded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  monthly_revenue_rupiah INTEGER CHECK (monthly_revenue_rupiah IS NULL OR monthly_revenue_rupiah >= 0),
  employees INTEGER CHECK (employees IS NULL OR employees BETWEEN 0 AND 100000),
  online_channels INTEGER CHECK (online_channels IS NULL OR online_channels BETWEEN 0 AND 50),
  first_online_sale_on TEXT CHECK (first_online_sale_on IS NULL OR first_online_sale_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  entered_by INTEGER REFERENCES user (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL
) STRICT;

CREATE INDEX impact_snapshot_enterprise ON impact_snapshot (enterprise_id, recorded_on);

-- A conversation per task between the owner and the mentor.
CREATE TABLE task_comment (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  task_key TEXT NOT NULL,
  author_user_id INTEGER REFERENCES user (id) ON DELETE SET NULL,
  body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  created_at INTEGER NOT NULL
) STRICT;

CREATE INDEX task_comment_task ON task_comment (enterprise_id, task_key, created_at);

-- In-app notifications. They hold references, never text: the page renders the words, so a
-- private note cannot travel through a notification.
CREATE TABLE notification (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('submitted', 'resubmitted', 'graduation_requested', 'changes_requested', 'approved', 'graduated', 'session_notes', 'comment')),
  enterprise_id INTEGER REFERENCES enterprise (id) ON DELETE CASCADE,
  task_key TEXT,
  actor_user_id INTEGER REFERENCES user (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  read_at INTEGER
) STRICT;

CREATE INDEX notification_user ON notification (user_id, created_at);
CREATE INDEX notification_user_unread ON notification (user_id) WHERE read_at IS NULL;

-- Settings administrators can change (issue 6 gives them a page).
CREATE TABLE app_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO app_setting (key, value) VALUES ('stalled_after_days', '14');
