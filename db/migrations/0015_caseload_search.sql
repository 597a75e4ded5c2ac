-- Searching a caseload (issue 7). The caseload search matches the enterprise's name, its
-- owner's name and phone, its brand's name, its WhatsApp number and its NIB; with those in three
-- tables, a search read the owner's and the brand's row for every enterprise of the caseload
-- (12 ms for a caseload of 3,400 at a million enterprises).
-- search_text holds the three names and owner_phone the owner's phone, kept by triggers in the
-- writing transaction; they, the WhatsApp number and the NIB sit at the end of the caseload
-- index, so any search reads that index only. The names are separated by a line break, which the
-- one-line search box cannot send, so a search never matches across two of them.
ALTER TABLE enterprise ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE enterprise ADD COLUMN owner_phone TEXT;

UPDATE enterprise SET owner_phone = (SELECT phone FROM user WHERE id = enterprise.owner_user_id), search_text =
  coalesce(name, '') || char(10) || coalesce((SELECT full_name FROM user WHERE id = enterprise.owner_user_id), '')
    || char(10) || coalesce((SELECT name FROM enterprise_brand WHERE enterprise_id = enterprise.id), '');

CREATE TRIGGER enterprise_search_insert AFTER INSERT ON enterprise BEGIN
  UPDATE enterprise SET owner_phone = (SELECT phone FROM user WHERE id = NEW.owner_user_id), search_text =
    coalesce(NEW.name, '') || char(10) || coalesce((SELECT full_name FROM user WHERE id = NEW.owner_user_id), '')
    || char(10) || coalesce((SELECT name FROM enterprise_brand WHERE enterprise_id = NEW.id), '')
  WHERE id = NEW.id;
END;

CREATE TRIGGER enterprise_search_update AFTER UPDATE OF name, owner_user_id ON enterprise BEGIN
  UPDATE enterprise SET owner_phone = (SELECT phone FROM user WHERE id = NEW.owner_user_id), search_text =
    coalesce(NEW.name, '') || char(10) || coalesce((SELECT full_name FROM user WHERE id = NEW.owner_user_id), '')
    || char(10) || coalesce((SELECT name FROM enterprise_brand WHERE enterprise_id = NEW.id), '')
  WHERE id = NEW.id;
END;

CREATE TRIGGER user_search_update AFTER UPDATE OF full_name, phone ON user BEGIN
  UPDATE enterprise SET owner_phone = NEW.phone, search_text =
    coalesce(name, '') || char(10) || coalesce((SELECT full_name FROM user WHERE id = NEW.id), '')
    || char(10) || coalesce((SELECT name FROM enterprise_brand WHERE enterprise_id = enterprise.id), '')
  WHERE owner_user_id = NEW.id;
END;

CREATE TRIGGER enterprise_brand_search_insert AFTER INSERT ON enterprise_brand BEGIN
  UPDATE enterprise SET search_text =
    coalesce(name, '') || char(10) || coalesce((SELECT full_name FROM user WHERE id = enterprise.owner_user_id), '')
    || char(10) || coalesce(NEW.name, '')
  WHERE id = NEW.enterprise_id;
END;

CREATE TRIGGER enterprise_brand_search_update AFTER UPDATE OF name, enterprise_id ON enterprise_brand BEGIN
  UPDATE enterprise SET search_text =
    coalesce(name, '') || char(10) || coalesce((SELECT full_name FROM user WHERE id = enterprise.owner_user_id), '')
    || char(10) || coalesce((SELECT name FROM enterprise_brand WHERE enterprise_id = enterprise.id), '')
  WHERE id IN (OLD.enterprise_id, NEW.enterprise_id);
END;

CREATE TRIGGER enterprise_brand_search_delete AFTER DELETE ON enterprise_brand BEGIN
  UPDATE enterprise SET search_text =
    coalesce(name, '') || char(10) || coalesce((SELECT full_name FROM user WHERE id = enterprise.owner_user_id), '')
    || char(10) || ''
  WHERE id = OLD.enterprise_id;
END;

-- migration 0013's caseload index, with what a search reads at its end
DROP INDEX enterprise_caseload;
CREATE INDEX enterprise_caseload ON enterprise (
  mentor_user_id, stage, regency_code, province_code, size_class, tasks_waiting, go_online_at,
  coalesce(last_activity_at, created_at), next_follow_up_on, progress_percent, name, whatsapp, owner_phone, nib, search_text
);
