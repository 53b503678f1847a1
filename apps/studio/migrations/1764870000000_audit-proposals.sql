-- Up Migration
-- Audit proposals: whether a project shows them to its assessors, and the audit reports attached to its portals.

ALTER TABLE projects ADD COLUMN audit_proposals boolean NOT NULL DEFAULT false;

-- Every report attached is kept (a newer one takes over); the history says who attached which and when.
CREATE TABLE audit_reports (
  id serial PRIMARY KEY,
  portal_id integer NOT NULL REFERENCES portals (id),
  report jsonb NOT NULL,
  attached_by integer NOT NULL REFERENCES users (id),
  attached_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_reports_portal ON audit_reports (portal_id, id);

-- Down Migration
DROP TABLE audit_reports;
ALTER TABLE projects DROP COLUMN audit_proposals;
