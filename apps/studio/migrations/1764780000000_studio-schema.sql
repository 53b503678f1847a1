-- Up Migration
-- LOSI Studio's schema. Applied by node-pg-migrate, the same file on PGlite and on PostgreSQL.

CREATE TABLE users (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE CHECK (email = lower(email) AND position('@' in email) > 1),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role text NOT NULL CHECK (role IN ('administrator', 'assessor', 'reviewer', 'senior-reviewer')),
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Only the SHA-256 of a session token is stored: a copy of the table does not let anyone sign in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE projects (
  id serial PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  edition text NOT NULL CHECK (edition IN ('2022', '2024')),
  assessors_per_portal integer NOT NULL DEFAULT 2 CHECK (assessors_per_portal BETWEEN 2 AND 10),
  max_disagreement double precision NOT NULL DEFAULT 0.05 CHECK (max_disagreement >= 0 AND max_disagreement <= 1),
  evidence_required boolean NOT NULL DEFAULT true,
  created_by integer NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE portals (
  id serial PRIMARY KEY,
  project_id integer NOT NULL REFERENCES projects (id),
  city text NOT NULL,
  country text NOT NULL,
  portal_url text NOT NULL,
  language text NOT NULL,
  status text NOT NULL DEFAULT 'assessing'
    CHECK (status IN ('assessing', 'submitted', 'compared', 'reconciling', 'reviewed', 'signed-off', 'published')),
  -- Raised by every change of the portal's state, so a stale request (two tabs) gets a conflict.
  version integer NOT NULL DEFAULT 1,
  -- The comparison of the submitted assessments (agreement figures from @losi/scoring/agreement).
  comparison jsonb,
  -- The reviewer's decisions, the reconciled assessment and its reconciliation record.
  decisions jsonb,
  final_assessment jsonb,
  reconciliation_record jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (project_id, portal_url)
);
CREATE INDEX portals_project ON portals (project_id);

CREATE TABLE assignments (
  portal_id integer NOT NULL REFERENCES portals (id),
  assessor_id integer NOT NULL REFERENCES users (id),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (portal_id, assessor_id)
);
CREATE INDEX assignments_assessor ON assignments (assessor_id);

-- One assessor's assessment of one portal (the @losi/indicators format), blind until every assessor has submitted.
CREATE TABLE assessments (
  portal_id integer NOT NULL REFERENCES portals (id),
  assessor_id integer NOT NULL REFERENCES users (id),
  assessment jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  submitted_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (portal_id, assessor_id),
  FOREIGN KEY (portal_id, assessor_id) REFERENCES assignments (portal_id, assessor_id)
);

-- Every change, appended and never changed: who, when, what (an answer, a field, a state), before, after, why.
CREATE TABLE history (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_id integer REFERENCES users (id),
  project_id integer REFERENCES projects (id),
  portal_id integer REFERENCES portals (id),
  -- For answers: whose assessment it is (so the log stays blind like the answers).
  assessor_id integer REFERENCES users (id),
  action text NOT NULL,
  indicator text,
  before jsonb,
  after jsonb,
  reason text
);
CREATE INDEX history_portal ON history (portal_id, id);
CREATE INDEX history_project ON history (project_id, id);

CREATE FUNCTION history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'history is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER history_no_update_or_delete BEFORE UPDATE OR DELETE ON history
  FOR EACH ROW EXECUTE FUNCTION history_is_append_only();
CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history
  FOR EACH STATEMENT EXECUTE FUNCTION history_is_append_only();

-- Down Migration
DROP TABLE history;
DROP FUNCTION history_is_append_only();
DROP TABLE assessments;
DROP TABLE assignments;
DROP TABLE portals;
DROP TABLE projects;
DROP TABLE sessions;
DROP TABLE users;
