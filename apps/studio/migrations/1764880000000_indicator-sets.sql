-- Up Migration
-- A project's indicator set: a country's adaptation of the project's edition (@losi/indicators/indicator-set), or
-- NULL for the edition's own indicators. Who set it and when; the history keeps every change with before and after.
-- The version is raised by every change, so a save that read another set than the one stored writes nothing.

ALTER TABLE projects ADD COLUMN indicator_set jsonb;
ALTER TABLE projects ADD COLUMN indicator_set_by integer REFERENCES users (id);
ALTER TABLE projects ADD COLUMN indicator_set_at timestamptz;
ALTER TABLE projects ADD COLUMN indicator_set_version integer NOT NULL DEFAULT 0;
ALTER TABLE projects ADD CONSTRAINT projects_indicator_set_is_object
  CHECK (indicator_set IS NULL OR jsonb_typeof(indicator_set) = 'object');

-- Down Migration
ALTER TABLE projects DROP CONSTRAINT projects_indicator_set_is_object;
ALTER TABLE projects DROP COLUMN indicator_set_version;
ALTER TABLE projects DROP COLUMN indicator_set_at;
ALTER TABLE projects DROP COLUMN indicator_set_by;
ALTER TABLE projects DROP COLUMN indicator_set;
