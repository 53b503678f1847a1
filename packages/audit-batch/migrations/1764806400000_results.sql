-- Up Migration
-- The results of batch audits: runs, the portals each run is to audit, the audits, their verdicts and evidence.
-- Append-only: rows are only ever inserted (a trigger refuses UPDATE and DELETE); re-auditing a portal adds an audit
-- of a higher round and keeps the earlier ones.

CREATE FUNCTION losi_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP;
END
$$;

CREATE TABLE runs (
  id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  source text NOT NULL,
  options jsonb NOT NULL
);

CREATE TABLE run_portals (
  run_id text NOT NULL REFERENCES runs (id),
  portal_key text NOT NULL,
  position integer NOT NULL,
  city text NOT NULL,
  country text,
  url text NOT NULL,
  host text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (run_id, portal_key)
);

CREATE TABLE portal_audits (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id text NOT NULL,
  portal_key text NOT NULL,
  round integer NOT NULL DEFAULT 1 CHECK (round > 0),
  outcome text NOT NULL CHECK (outcome IN ('completed', 'unreachable', 'error')),
  reason text,
  attempts integer NOT NULL CHECK (attempts > 0),
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  page_count integer NOT NULL,
  worker text NOT NULL,
  report jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (run_id, portal_key) REFERENCES run_portals (run_id, portal_key),
  -- Exactly once per portal and round: a second worker finishing the same job finds its insert refused.
  UNIQUE (run_id, portal_key, round)
);

CREATE TABLE verdicts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  audit_id bigint NOT NULL REFERENCES portal_audits (id),
  position integer NOT NULL,
  indicator text NOT NULL,
  code text,
  check_id text NOT NULL,
  rule_version integer NOT NULL CHECK (rule_version > 0),
  class text NOT NULL,
  status text NOT NULL CHECK (status IN ('pass', 'fail', 'needs-review', 'not-applicable', 'error', 'unreachable')),
  reason text NOT NULL,
  UNIQUE (audit_id, position)
);

CREATE TABLE evidence (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  verdict_id bigint NOT NULL REFERENCES verdicts (id),
  position integer NOT NULL,
  url text NOT NULL,
  final_url text,
  selector text,
  snippet text,
  lang text,
  text_hash text,
  fetched_at timestamptz,
  screenshot text,
  note text,
  UNIQUE (verdict_id, position)
);

CREATE INDEX portal_audits_run ON portal_audits (run_id, portal_key, round DESC);

CREATE TRIGGER runs_append_only BEFORE UPDATE OR DELETE ON runs FOR EACH ROW EXECUTE FUNCTION losi_append_only();
CREATE TRIGGER run_portals_append_only BEFORE UPDATE OR DELETE ON run_portals FOR EACH ROW EXECUTE FUNCTION losi_append_only();
CREATE TRIGGER portal_audits_append_only BEFORE UPDATE OR DELETE ON portal_audits FOR EACH ROW EXECUTE FUNCTION losi_append_only();
CREATE TRIGGER verdicts_append_only BEFORE UPDATE OR DELETE ON verdicts FOR EACH ROW EXECUTE FUNCTION losi_append_only();
CREATE TRIGGER evidence_append_only BEFORE UPDATE OR DELETE ON evidence FOR EACH ROW EXECUTE FUNCTION losi_append_only();
