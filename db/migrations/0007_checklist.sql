-- Checklist versions: how many enterprises follow each published template version, kept by
-- triggers in the transaction of every write to an enterprise, so the administrators' list of
-- versions reads one small row per version instead of counting a million enterprises.
ALTER TABLE journey_template ADD COLUMN enterprise_count INTEGER NOT NULL DEFAULT 0 CHECK (enterprise_count >= 0);

UPDATE journey_template SET enterprise_count = (
  SELECT count(*) FROM enterprise WHERE enterprise.template_version = journey_template.version);

CREATE TRIGGER journey_template_count_insert AFTER INSERT ON enterprise BEGIN
  UPDATE journey_template SET enterprise_count = enterprise_count + 1 WHERE version = NEW.template_version;
END;

CREATE TRIGGER journey_template_count_update AFTER UPDATE OF template_version ON enterprise
WHEN OLD.template_version IS NOT NEW.template_version
BEGIN
  UPDATE journey_template SET enterprise_count = enterprise_count - 1 WHERE version = OLD.template_version;
  UPDATE journey_template SET enterprise_count = enterprise_count + 1 WHERE version = NEW.template_version;
END;

CREATE TRIGGER journey_template_count_delete AFTER DELETE ON enterprise BEGIN
  UPDATE journey_template SET enterprise_count = enterprise_count - 1 WHERE version = OLD.template_version;
END;
