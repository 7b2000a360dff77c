-- Incident evidence schema, version 1, for PostgreSQL live sources (TimescaleDB and pgvector when present).
-- The same tables, columns and meanings as duckdb-v1.sql, in PostgreSQL types: UUID, TIMESTAMPTZ
-- (UTC, microsecond precision), JSONB, arrays. Incident tables follow the data-models seed (with its
-- foreign keys and defaults); signals follow the storage-design seed (indexes for the read patterns).
-- Idempotent: every statement can run again on a database that already has the schema.
-- Extensions are used only when already installed in the database (this script never creates one):
--   timescaledb -> metric_points, log_records and spans become hypertables;
--   vector      -> kb_embeddings gets an `embedding vector` column derived from `vector REAL[]`;
--   pg_trgm     -> a trigram index serves case-insensitive substring search over log bodies.
-- Hypertables require the time column in every unique index, so signal keys start with their time.

CREATE TABLE IF NOT EXISTS schema_info (
  schema_version INTEGER NOT NULL,
  writer TEXT NOT NULL,            -- the program that wrote the schema, with its version
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  source TEXT NOT NULL             -- where the data comes from (no credentials)
);

CREATE TABLE IF NOT EXISTS services (
  service_id UUID PRIMARY KEY,
  cluster_id TEXT NOT NULL,
  namespace TEXT NOT NULL,
  service_name TEXT NOT NULL UNIQUE, -- signals name services by it (stricter than the seed's per-namespace key)
  kind TEXT NOT NULL,              -- edge|frontend|api|worker|database|cache|queue|external
  team TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS topology_edges (
  src TEXT NOT NULL,               -- service_name
  dst TEXT NOT NULL,               -- service_name
  relation TEXT NOT NULL,          -- depends_on|calls|reads_from|writes_to|publishes_to|consumes_from
  source TEXT NOT NULL             -- declared|traces
);

CREATE TABLE IF NOT EXISTS incidents (
  incident_id UUID PRIMARY KEY,
  service_id UUID NOT NULL REFERENCES services (service_id),
  title TEXT NOT NULL,
  status TEXT NOT NULL,            -- open|triaged|resolved|suppressed
  trigger_type TEXT NOT NULL,      -- error_rate_spike|p99_regression|crashloop|custom
  severity INTEGER NOT NULL,       -- 1 (most severe) .. 5
  window_start TIMESTAMPTZ NOT NULL,
  window_end TIMESTAMPTZ NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  resolved_at TIMESTAMPTZ,
  resolution_kind TEXT,            -- hypothesis|other|unknown
  resolution_summary TEXT,
  resolved_hypothesis_id UUID      -- foreign key added after incident_hypotheses exists
);

CREATE INDEX IF NOT EXISTS incidents_window ON incidents (window_start DESC);

CREATE TABLE IF NOT EXISTS incident_decisions (
  decision_id UUID PRIMARY KEY,
  incident_id UUID NOT NULL REFERENCES incidents (incident_id),
  decided_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  decision TEXT NOT NULL,          -- approved|suppressed
  rationale TEXT NOT NULL,
  policy_version TEXT NOT NULL,
  details JSONB NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX IF NOT EXISTS incident_decisions_incident ON incident_decisions (incident_id);

CREATE TABLE IF NOT EXISTS deployment_events (
  deployment_event_id UUID PRIMARY KEY,
  service_id UUID NOT NULL REFERENCES services (service_id),
  started_at TIMESTAMPTZ NOT NULL,
  finished_at TIMESTAMPTZ,
  deploy_type TEXT NOT NULL,       -- helm|k8s|argo|flux|manual|other
  image_ref TEXT,
  revision TEXT,
  metadata JSONB NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX IF NOT EXISTS deployment_events_time ON deployment_events (started_at);
CREATE INDEX IF NOT EXISTS deployment_events_service_time ON deployment_events (service_id, started_at);

CREATE TABLE IF NOT EXISTS config_change_events (
  config_change_id UUID PRIMARY KEY,
  service_id UUID REFERENCES services (service_id), -- null when cluster-wide
  detected_at TIMESTAMPTZ NOT NULL,
  source TEXT NOT NULL,            -- k8s_deployment|k8s_configmap|k8s_secret|k8s_replicaset|db_schema
  change_kind TEXT NOT NULL,       -- image_swap|env_var|resource_limit|replica_count|configmap_key|secret_key|db_schema_alter
  resource_name TEXT NOT NULL,
  diff_payload JSONB NOT NULL,     -- {field, old_value, new_value}; never a secret value
  actor TEXT,
  audit_log_ref TEXT
);

CREATE INDEX IF NOT EXISTS config_change_events_time ON config_change_events (detected_at);
CREATE INDEX IF NOT EXISTS config_change_events_service_time ON config_change_events (service_id, detected_at);

CREATE TABLE IF NOT EXISTS commits (
  commit_sha TEXT PRIMARY KEY,
  repo TEXT NOT NULL,
  author TEXT,
  message TEXT NOT NULL,
  summary TEXT,
  authored_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS commit_files (
  id UUID PRIMARY KEY,
  commit_sha TEXT NOT NULL REFERENCES commits (commit_sha),
  file_path TEXT NOT NULL,
  change_type TEXT NOT NULL,       -- db_migration|dependency|config|timeout_retry|http_client|shared_util|auth|test|docs|other
  diff_text TEXT,
  lines_added INTEGER NOT NULL DEFAULT 0,
  lines_removed INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX IF NOT EXISTS commit_files_sha_type ON commit_files (commit_sha, change_type);

CREATE TABLE IF NOT EXISTS deployment_commit_ranges (
  deployment_event_id UUID PRIMARY KEY REFERENCES deployment_events (deployment_event_id),
  previous_revision TEXT,          -- null: unknown
  current_revision TEXT NOT NULL,
  is_rollback BOOLEAN NOT NULL DEFAULT false,
  commit_shas TEXT[] NOT NULL DEFAULT '{}'
);

CREATE TABLE IF NOT EXISTS metric_descriptors (
  name TEXT PRIMARY KEY,
  type TEXT NOT NULL,              -- gauge|sum|histogram
  unit TEXT,
  description TEXT
);

CREATE TABLE IF NOT EXISTS metric_points (
  ts TIMESTAMPTZ NOT NULL,
  service TEXT NOT NULL,
  metric TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  labels JSONB NOT NULL DEFAULT '{}'::jsonb
);

-- One series over a range; the GIN index serves label filters (labels @> '{"route": "/pay"}').
CREATE INDEX IF NOT EXISTS metric_points_series ON metric_points (service, metric, ts);
CREATE INDEX IF NOT EXISTS metric_points_labels ON metric_points USING GIN (labels);

CREATE TABLE IF NOT EXISTS log_records (
  -- BY DEFAULT, not ALWAYS: importing a snapshot keeps the ids its cursors refer to.
  log_id BIGINT GENERATED BY DEFAULT AS IDENTITY,
  ts TIMESTAMPTZ NOT NULL,
  service TEXT NOT NULL,
  severity TEXT NOT NULL,          -- TRACE|DEBUG|INFO|WARN|ERROR|FATAL
  body TEXT NOT NULL,
  trace_id TEXT,
  span_id TEXT,
  attributes JSONB NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (ts, log_id)         -- also the keyset-paging order
);

CREATE INDEX IF NOT EXISTS log_records_service_time ON log_records (service, ts, log_id);
CREATE INDEX IF NOT EXISTS log_records_trace ON log_records (trace_id) WHERE trace_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS log_records_attributes ON log_records USING GIN (attributes);

CREATE TABLE IF NOT EXISTS log_templates (
  template_id TEXT NOT NULL,
  service TEXT NOT NULL,
  severity TEXT NOT NULL,
  template TEXT NOT NULL,
  example TEXT,
  count BIGINT NOT NULL DEFAULT 0,
  percentage DOUBLE PRECISION NOT NULL DEFAULT 0,
  first_seen TIMESTAMPTZ,
  last_seen TIMESTAMPTZ
);

-- Top-k templates of a service and severity.
CREATE INDEX IF NOT EXISTS log_templates_top ON log_templates (service, severity, count DESC);

CREATE TABLE IF NOT EXISTS spans (
  trace_id TEXT NOT NULL,
  span_id TEXT NOT NULL,
  parent_span_id TEXT,
  service TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,              -- server|client|internal|producer|consumer
  start_time TIMESTAMPTZ NOT NULL,
  end_time TIMESTAMPTZ NOT NULL,
  status TEXT NOT NULL,            -- ok|error|unset
  attributes JSONB NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX IF NOT EXISTS spans_trace ON spans (trace_id);
CREATE INDEX IF NOT EXISTS spans_service_time ON spans (service, start_time);
CREATE INDEX IF NOT EXISTS spans_attributes ON spans USING GIN (attributes);

CREATE TABLE IF NOT EXISTS evidence_artifacts (
  evidence_id UUID PRIMARY KEY,
  incident_id UUID NOT NULL REFERENCES incidents (incident_id),
  kind TEXT NOT NULL,
  source TEXT NOT NULL,
  ref TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  metadata JSONB NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX IF NOT EXISTS evidence_artifacts_incident ON evidence_artifacts (incident_id);

CREATE TABLE IF NOT EXISTS incident_hypotheses (
  hypothesis_id UUID PRIMARY KEY,
  incident_id UUID NOT NULL REFERENCES incidents (incident_id),
  rank INTEGER NOT NULL,
  hypothesis_type TEXT NOT NULL,   -- release|traffic|dependency|db|infra|unknown
  title TEXT NOT NULL,
  confidence NUMERIC(3,2) NOT NULL,
  evidence_ids UUID[] NOT NULL,
  details JSONB NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX IF NOT EXISTS incident_hypotheses_incident_rank ON incident_hypotheses (incident_id, rank);

-- Deferred: an importer loads incidents before the hypotheses they were resolved by, in one transaction.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'incidents_resolved_hypothesis_fk') THEN
    ALTER TABLE incidents ADD CONSTRAINT incidents_resolved_hypothesis_fk
      FOREIGN KEY (resolved_hypothesis_id) REFERENCES incident_hypotheses (hypothesis_id)
      DEFERRABLE INITIALLY DEFERRED;
  END IF;
END $$;

CREATE TABLE IF NOT EXISTS incident_reports (
  report_id UUID PRIMARY KEY,
  incident_id UUID NOT NULL REFERENCES incidents (incident_id),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  model_info JSONB NOT NULL DEFAULT '{}'::jsonb,
  report_markdown TEXT NOT NULL,
  evidence_ids UUID[] NOT NULL
);

CREATE INDEX IF NOT EXISTS incident_reports_incident ON incident_reports (incident_id);

-- Append-only: the only table a user writes; ids are generated by the client, so a re-sync is harmless.
CREATE TABLE IF NOT EXISTS feedback_events (
  feedback_event_id UUID PRIMARY KEY,
  incident_id UUID NOT NULL REFERENCES incidents (incident_id),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  actor_type TEXT NOT NULL,        -- user|system|integration
  actor_id TEXT,
  event_type TEXT NOT NULL,        -- hypothesis_confirmed|hypothesis_rejected|root_cause_set|human_note_added
  payload JSONB NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX IF NOT EXISTS feedback_events_incident_time ON feedback_events (incident_id, created_at);

CREATE TABLE IF NOT EXISTS kb_documents (
  doc_id UUID PRIMARY KEY,
  kind TEXT NOT NULL,              -- runbook|incident_summary|diff_chunk
  title TEXT NOT NULL,
  content TEXT NOT NULL,
  service_name TEXT,
  tags TEXT[] NOT NULL DEFAULT '{}',
  source_url TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  metadata JSONB NOT NULL DEFAULT '{}'::jsonb
);

-- The model is recorded with every vector; vectors of different models are never compared.
-- `vector` is always there, so exact search works without pgvector.
CREATE TABLE IF NOT EXISTS kb_embeddings (
  doc_id UUID NOT NULL REFERENCES kb_documents (doc_id),
  chunk INTEGER NOT NULL,
  model TEXT NOT NULL,
  chunk_text TEXT NOT NULL,
  vector REAL[] NOT NULL,
  PRIMARY KEY (doc_id, chunk, model)
);

-- pgvector: `embedding` is derived from `vector` by the database, so writers write one column and
-- the two never disagree; knowledge search ranks by its cosine distance `<=>`. It has no fixed
-- dimension because models differ, and no approximate index (HNSW, IVFFlat): one needs a fixed
-- dimension (an expression index per model), ranks only approximately and returns at most
-- hnsw.ef_search rows, where the search scans a model's vectors exactly, as the DuckDB engine does.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
    ALTER TABLE kb_embeddings ADD COLUMN IF NOT EXISTS embedding vector
      GENERATED ALWAYS AS (vector::vector) STORED;
  END IF;
END $$;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS log_records_body_trgm ON log_records USING GIN (body gin_trgm_ops);
  END IF;
END $$;

-- TimescaleDB: partition the signal tables by time, one chunk a day. migrate_data lets this run on
-- a database that already holds rows (the extension installed after the schema).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
    PERFORM create_hypertable('metric_points', 'ts', chunk_time_interval => INTERVAL '1 day',
                              if_not_exists => TRUE, migrate_data => TRUE);
    PERFORM create_hypertable('log_records', 'ts', chunk_time_interval => INTERVAL '1 day',
                              if_not_exists => TRUE, migrate_data => TRUE);
    PERFORM create_hypertable('spans', 'start_time', chunk_time_interval => INTERVAL '1 day',
                              if_not_exists => TRUE, migrate_data => TRUE);
  END IF;
END $$;
