-- The owner's journey: versioned templates, the enterprise and its profile, task states
-- and their history.

CREATE TABLE journey_template (
  version INTEGER PRIMARY KEY,
  content TEXT NOT NULL CHECK (json_valid(content)),
  published_at INTEGER NOT NULL,
  published_by INTEGER REFERENCES user (id) ON DELETE SET NULL
) STRICT;

CREATE TABLE enterprise (
  id INTEGER PRIMARY KEY,
  owner_user_id INTEGER NOT NULL UNIQUE REFERENCES user (id),
  -- the template version the enterprise started with; later versions do not change it
  template_version INTEGER NOT NULL REFERENCES journey_template (version),
  name TEXT CHECK (name IS NULL OR length(name) BETWEEN 1 AND 120),
  legal_form TEXT CHECK (legal_form IN ('perorangan', 'ud', 'cv', 'pt', 'pt_perorangan', 'koperasi', 'firma', 'lainnya')),
  province_code TEXT REFERENCES region (code),
  regency_code TEXT REFERENCES region (code),
  address TEXT CHECK (address IS NULL OR length(address) <= 300),
  whatsapp TEXT CHECK (whatsapp IS NULL OR whatsapp GLOB '+62*'),
  year_started INTEGER CHECK (year_started IS NULL OR year_started BETWEEN 1900 AND 2100),
  employees INTEGER CHECK (employees IS NULL OR employees BETWEEN 0 AND 100000),
  -- integer rupiah, never floats
  capital_rupiah INTEGER CHECK (capital_rupiah IS NULL OR capital_rupiah >= 0),
  annual_sales_rupiah INTEGER CHECK (annual_sales_rupiah IS NULL OR annual_sales_rupiah >= 0),
  size_class TEXT CHECK (size_class IN ('mikro', 'kecil', 'menengah', 'besar')),
  size_class_mismatch INTEGER NOT NULL DEFAULT 0 CHECK (size_class_mismatch IN (0, 1)),
  baseline_monthly_revenue_rupiah INTEGER CHECK (baseline_monthly_revenue_rupiah IS NULL OR baseline_monthly_revenue_rupiah >= 0),
  mentor_user_id INTEGER REFERENCES user (id) ON DELETE SET NULL,
  go_online_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX enterprise_regency ON enterprise (regency_code);
CREATE INDEX enterprise_province ON enterprise (province_code);
CREATE INDEX enterprise_mentor ON enterprise (mentor_user_id);

CREATE TABLE enterprise_category (
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  category TEXT NOT NULL CHECK (category IN ('processed_food', 'ready_meal', 'cosmetics_jamu', 'fashion_textile', 'craft', 'fresh_produce', 'services')),
  PRIMARY KEY (enterprise_id, category)
) STRICT, WITHOUT ROWID;

CREATE INDEX enterprise_category_category ON enterprise_category (category, enterprise_id);

-- Channels the enterprise already used when it joined: the starting point for impact.
CREATE TABLE enterprise_baseline_channel (
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  channel TEXT NOT NULL CHECK (channel IN ('offline_only', 'whatsapp', 'instagram', 'facebook', 'tiktok', 'marketplace', 'food_delivery', 'website', 'qris')),
  PRIMARY KEY (enterprise_id, channel)
) STRICT, WITHOUT ROWID;

-- One row per task the owner has touched; no row = not started (or not yet startable).
CREATE TABLE enterprise_task (
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  task_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('in_progress', 'submitted', 'changes_requested', 'done')),
  answers TEXT CHECK (answers IS NULL OR json_valid(answers)),
  submitted_at INTEGER,
  decided_at INTEGER,
  decided_by INTEGER REFERENCES user (id) ON DELETE SET NULL,
  review_comment TEXT,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (enterprise_id, task_key)
) STRICT, WITHOUT ROWID;

-- The review queue reads submitted tasks oldest first.
CREATE INDEX enterprise_task_status_submitted ON enterprise_task (status, submitted_at);

-- Every change to a task: who, what, when, and the answers as they were.
CREATE TABLE task_event (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  task_key TEXT NOT NULL,
  actor_user_id INTEGER REFERENCES user (id) ON DELETE SET NULL,
  action TEXT NOT NULL CHECK (action IN ('save_draft', 'submit', 'complete', 'approve', 'request_changes')),
  status_after TEXT NOT NULL,
  snapshot TEXT CHECK (snapshot IS NULL OR json_valid(snapshot)),
  comment TEXT,
  at INTEGER NOT NULL
) STRICT;

CREATE INDEX task_event_enterprise_task ON task_event (enterprise_id, task_key, at);
