-- Up Migration
-- The job table of the embedded queue (the in-process runner). On a PostgreSQL server pg-boss keeps its own tables
-- in the pgboss schema; this one then stays empty. Queue state changes, so it is not append-only: the results are.

CREATE TABLE audit_jobs (
  id text PRIMARY KEY,
  queue text NOT NULL,
  host text NOT NULL,
  data jsonb NOT NULL,
  state text NOT NULL CHECK (state IN ('queued', 'active', 'finished')),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL CHECK (max_attempts > 0),
  available_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  lease text,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at timestamptz
);

CREATE INDEX audit_jobs_next ON audit_jobs (queue, state, available_at, created_at);
CREATE INDEX audit_jobs_host ON audit_jobs (host) WHERE state = 'active';
