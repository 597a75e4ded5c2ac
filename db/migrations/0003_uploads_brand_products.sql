-- Uploaded files (evidence, logos, product photos), the brand identity, and the product
-- catalog with each product's quality checklist.

-- A stored file. The bytes live outside public/ under UPLOAD_DIR, named by id; the id is
-- random and unguessable, and the resource route still checks who may see it.
CREATE TABLE upload (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 16 AND 64),
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  uploaded_by INTEGER REFERENCES user (id) ON DELETE SET NULL,
  purpose TEXT NOT NULL CHECK (purpose IN ('evidence', 'logo', 'product_photo')),
  -- images are re-encoded to WebP; PDFs are kept as sent
  media_type TEXT NOT NULL CHECK (media_type IN ('image/webp', 'application/pdf')),
  byte_size INTEGER NOT NULL CHECK (byte_size > 0),
  width INTEGER,
  height INTEGER,
  has_thumbnail INTEGER NOT NULL CHECK (has_thumbnail IN (0, 1)),
  original_name TEXT CHECK (original_name IS NULL OR length(original_name) <= 200),
  created_at INTEGER NOT NULL
) STRICT;

CREATE INDEX upload_enterprise ON upload (enterprise_id, created_at);

-- The brand identity task. Colours are a JSON array of 2–4 "#rrggbb" strings.
CREATE TABLE enterprise_brand (
  enterprise_id INTEGER PRIMARY KEY REFERENCES enterprise (id) ON DELETE CASCADE,
  name TEXT CHECK (name IS NULL OR length(name) BETWEEN 1 AND 60),
  tagline TEXT CHECK (tagline IS NULL OR length(tagline) <= 120),
  story TEXT CHECK (story IS NULL OR length(story) <= 2000),
  colours TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(colours) AND json_type(colours) = 'array'),
  logo_upload_id TEXT REFERENCES upload (id) ON DELETE SET NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- Brand names are looked up by the brand-name check and the mentor's search.
CREATE INDEX enterprise_brand_name ON enterprise_brand (name COLLATE NOCASE);

CREATE TABLE product (
  id INTEGER PRIMARY KEY,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  category TEXT NOT NULL CHECK (category IN ('processed_food', 'ready_meal', 'cosmetics_jamu', 'fashion_textile', 'craft', 'fresh_produce', 'services')),
  description TEXT CHECK (description IS NULL OR length(description) <= 3000),
  -- integer rupiah, never floats
  price_rupiah INTEGER CHECK (price_rupiah IS NULL OR price_rupiah > 0),
  net_amount INTEGER CHECK (net_amount IS NULL OR net_amount > 0),
  net_unit TEXT CHECK (net_unit IN ('g', 'kg', 'ml', 'l', 'pcs', 'cm')),
  -- the quality checklist: {"item_key": {"status": "done" | "not_applicable", "reason": "…", "evidence": "upload id"}}
  checklist TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(checklist)),
  -- listing readiness, 0–100, kept here so lists can show and sort by it without recomputing
  readiness INTEGER NOT NULL DEFAULT 0 CHECK (readiness BETWEEN 0 AND 100),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX product_enterprise ON product (enterprise_id, id);

-- Photos of a product in order; position 0 is the main photo.
CREATE TABLE product_photo (
  product_id INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
  upload_id TEXT NOT NULL REFERENCES upload (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 8),
  PRIMARY KEY (product_id, upload_id)
) STRICT, WITHOUT ROWID;

CREATE UNIQUE INDEX product_photo_position ON product_photo (product_id, position);
