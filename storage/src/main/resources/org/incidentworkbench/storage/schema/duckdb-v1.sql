-- Incident evidence schema, version 1, for DuckDB snapshots.
-- Timestamps are TIMESTAMPTZ: UTC, microsecond precision. Free-form payloads are JSON.
-- Follows shared/seeds: the data-models seed for incident tables, the storage-design seed for
-- signals, the SQLite catalog seed for metric_descriptors and log_templates.
-- Signal tables (metric_points, log_records, spans) carry no index: they are written sorted by
-- (service, metric or severity, time) so that DuckDB's zone maps skip other services' row groups.

CREATE TABLE schema_info (
  schema_version INTEGER NOT NULL,
  writer TEXT NOT NULL,            -- the program that wrote the file, with its version
  created_at TIMESTAMPTZ NOT NULL,
  source TEXT NOT NULL             -- where the data came from (no credentials)
);

CREATE TABLE services (
  service_id UUID PRIMARY KEY,
  cluster_id TEXT NOT NULL,
  namespace TEXT NOT NULL,
  service_name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,              -- edge|frontend|api|worker|database|cache|queue|external
  team TEXT,
  created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE topology_edges (
  src TEXT NOT NULL,               -- service_name
  dst TEXT NOT NULL,               -- service_name
  relation TEXT NOT NULL,          -- depends_on|calls|reads_from|writes_to|publishes_to|consumes_from
  source TEXT NOT NULL             -- declared|traces
);

CREATE TABLE incidents (
  incident_id UUID PRIMARY KEY,
  service_id UUID NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL,            -- open|triaged|resolved|suppressed
  trigger_type TEXT NOT NULL,      -- error_rate_spike|p99_regression|crashloop|custom
  severity INTEGER NOT NULL,       -- 1 (most severe) .. 5
  window_start TIMESTAMPTZ NOT NULL,
  window_end TIMESTAMPTZ NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  resolved_at TIMESTAMPTZ,
  resolution_kind TEXT,            -- hypothesis|other|unknown
  resolution_summary TEXT,
  resolved_hypothesis_id UUID
);

CREATE TABLE incident_decisions (
  decision_id UUID PRIMARY KEY,
  incident_id UUID NOT NULL,
  decided_at TIMESTAMPTZ NOT NULL,
  decision TEXT NOT NULL,          -- approved|suppressed
  rationale TEXT NOT NULL,
  policy_version TEXT NOT NULL,
  details JSON NOT NULL
);

CREATE TABLE deployment_events (
  deployment_event_id UUID PRIMARY KEY,
  service_id UUID NOT NULL,
  started_at TIMESTAMPTZ NOT NULL,
  finished_at TIMESTAMPTZ,
  deploy_type TEXT NOT NULL,       -- helm|k8s|argo|flux|manual|other
  image_ref TEXT,
  revision TEXT,
  metadata JSON NOT NULL
);

CREATE TABLE config_change_events (
  config_change_id UUID PRIMARY KEY,
  service_id UUID,                 -- null when cluster-wide
  detected_at TIMESTAMPTZ NOT NULL,
  source TEXT NOT NULL,            -- k8s_deployment|k8s_configmap|k8s_secret|k8s_replicaset|db_schema
  change_kind TEXT NOT NULL,       -- image_swap|env_var|resource_limit|replica_count|configmap_key|secret_key|db_schema_alter
  resource_name TEXT NOT NULL,
  diff_payload JSON NOT NULL,      -- {field, old_value, new_value}; never a secret value
  actor TEXT,
  audit_log_ref TEXT
);

CREATE TABLE commits (
  commit_sha TEXT PRIMARY KEY,
  repo TEXT NOT NULL,
  author TEXT,
  message TEXT NOT NULL,
  summary TEXT,
  authored_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE commit_files (
  id UUID PRIMARY KEY,
  commit_sha TEXT NOT NULL,
  file_path TEXT NOT NULL,
  change_type TEXT NOT NULL,       -- db_migration|dependency|config|timeout_retry|http_client|shared_util|auth|test|docs|other
  diff_text TEXT,
  lines_added INTEGER NOT NULL,
  lines_removed INTEGER NOT NULL
);

CREATE TABLE deployment_commit_ranges (
  deployment_event_id UUID PRIMARY KEY,
  previous_revision TEXT,
  current_revision TEXT NOT NULL,
  is_rollback BOOLEAN NOT NULL,
  commit_shas TEXT[] NOT NULL
);

CREATE TABLE metric_descriptors (
  name TEXT PRIMARY KEY,
  type TEXT NOT NULL,              -- gauge|sum|histogram
  unit TEXT,
  description TEXT
);

CREATE TABLE metric_points (
  ts TIMESTAMPTZ NOT NULL,
  service TEXT NOT NULL,
  metric TEXT NOT NULL,
  value DOUBLE NOT NULL,
  labels JSON NOT NULL
);

CREATE TABLE log_records (
  log_id BIGINT NOT NULL,
  ts TIMESTAMPTZ NOT NULL,
  service TEXT NOT NULL,
  severity TEXT NOT NULL,          -- TRACE|DEBUG|INFO|WARN|ERROR|FATAL
  body TEXT NOT NULL,
  trace_id TEXT,
  span_id TEXT,
  attributes JSON NOT NULL
);

CREATE TABLE log_templates (
  template_id TEXT NOT NULL,
  service TEXT NOT NULL,
  severity TEXT NOT NULL,
  template TEXT NOT NULL,
  example TEXT,
  count BIGINT NOT NULL,
  percentage DOUBLE NOT NULL,
  first_seen TIMESTAMPTZ,
  last_seen TIMESTAMPTZ
);

CREATE TABLE spans (
  trace_id TEXT NOT NULL,
  span_id TEXT NOT NULL,
  parent_span_id TEXT,
  service TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,              -- server|client|internal|producer|consumer
  start_time TIMESTAMPTZ NOT NULL,
  end_time TIMESTAMPTZ NOT NULL,
  status TEXT NOT NULL,            -- ok|error|unset
  attributes JSON NOT NULL
);

CREATE TABLE evidence_artifacts (
  evidence_id UUID PRIMARY KEY,
  incident_id UUID NOT NULL,
  kind TEXT NOT NULL,
  source TEXT NOT NULL,
  ref TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  metadata JSON NOT NULL
);

CREATE TABLE incident_hypotheses (
  hypothesis_id UUID PRIMARY KEY,
  incident_id UUID NOT NULL,
  rank INTEGER NOT NULL,
  hypothesis_type TEXT NOT NULL,   -- release|traffic|dependency|db|infra|unknown
  title TEXT NOT NULL,
  confidence DECIMAL(3,2) NOT NULL,
  evidence_ids UUID[] NOT NULL,
  details JSON NOT NULL
);

CREATE TABLE incident_reports (
  report_id UUID PRIMARY KEY,
  incident_id UUID NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  model_info JSON NOT NULL,
  report_markdown TEXT NOT NULL,
  evidence_ids UUID[] NOT NULL
);

-- Append-only: the only table a user writes; ids are generated by the client.
CREATE TABLE feedback_events (
  feedback_event_id UUID PRIMARY KEY,
  incident_id UUID NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  actor_type TEXT NOT NULL,        -- user|system|integration
  actor_id TEXT,
  event_type TEXT NOT NULL,        -- hypothesis_confirmed|hypothesis_rejected|root_cause_set|human_note_added
  payload JSON NOT NULL
);

CREATE TABLE kb_documents (
  doc_id UUID PRIMARY KEY,
  kind TEXT NOT NULL,              -- runbook|incident_summary|diff_chunk
  title TEXT NOT NULL,
  content TEXT NOT NULL,
  service_name TEXT,
  tags TEXT[] NOT NULL,
  source_url TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  metadata JSON NOT NULL
);

-- The model is recorded with every vector; vectors of different models are never compared.
CREATE TABLE kb_embeddings (
  doc_id UUID NOT NULL,
  chunk INTEGER NOT NULL,
  model TEXT NOT NULL,
  chunk_text TEXT NOT NULL,
  vector FLOAT[] NOT NULL,
  PRIMARY KEY (doc_id, chunk, model)
);
