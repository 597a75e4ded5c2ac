-- Assigning enterprises to mentors: the administrators' list filters the unassigned queue (the
-- default view, oldest first) and searches enterprise names by their start, at any size.

-- The queue across the country and within a province, oldest registration first (0006's
-- enterprise_unassigned serves a regency).
CREATE INDEX enterprise_unassigned_created ON enterprise (created_at) WHERE mentor_user_id IS NULL;
CREATE INDEX enterprise_unassigned_province ON enterprise (province_code, created_at) WHERE mentor_user_id IS NULL;

-- A name prefix typed in any case: LIKE 'kop%' can only use an index in the NOCASE collation.
CREATE INDEX enterprise_name_nocase ON enterprise (name COLLATE NOCASE);
