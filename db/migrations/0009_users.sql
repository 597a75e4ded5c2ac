-- The administrators' user list: names are searched by prefix and sorted without regard to case
-- ("siti" finds "Siti Rahayu"), within a role. The two small partial indexes serve the status
-- filters "deactivated" and "invited" without walking every owner.
CREATE INDEX user_role_name_nocase ON user (role, full_name COLLATE NOCASE);
CREATE INDEX user_inactive_role_name ON user (role, full_name COLLATE NOCASE) WHERE is_active = 0;
CREATE INDEX user_invited_role_name ON user (role, full_name COLLATE NOCASE) WHERE invited_at IS NOT NULL;
