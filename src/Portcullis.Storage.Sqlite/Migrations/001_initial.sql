-- Snapshot content is kept once per hash; snapshots are the timeline of each account.
CREATE TABLE contents (
  hash TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE TABLE snapshots (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account TEXT NOT NULL,
  source TEXT NOT NULL,
  name TEXT NOT NULL,
  content_hash TEXT NOT NULL REFERENCES contents (hash),
  size INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  origin TEXT,
  evaluated INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX snapshots_account ON snapshots (account, id);
CREATE INDEX snapshots_unevaluated ON snapshots (evaluated, id);
CREATE TABLE results (
  result_key TEXT PRIMARY KEY,
  exit_code INTEGER NOT NULL,
  content_type TEXT NOT NULL,
  body BLOB NOT NULL,
  messages TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE drift (
  snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots (id),
  previous_snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
  added INTEGER NOT NULL,
  removed INTEGER NOT NULL,
  changed INTEGER NOT NULL
);
CREATE TABLE requirement_statuses (
  snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
  cluster TEXT NOT NULL,
  requirement TEXT NOT NULL,
  status TEXT NOT NULL,
  PRIMARY KEY (snapshot_id, cluster, requirement)
);
CREATE INDEX requirement_statuses_cluster ON requirement_statuses (cluster, snapshot_id);
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  snapshot_id INTEGER REFERENCES snapshots (id),
  account TEXT NOT NULL,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX alerts_account ON alerts (account, id);
CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  alert_id INTEGER NOT NULL REFERENCES alerts (id),
  webhook TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT
);
CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at);
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  question TEXT NOT NULL,
  state TEXT NOT NULL,
  progress REAL NOT NULL,
  stage TEXT,
  result_key TEXT,
  error TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE schedules (
  name TEXT PRIMARY KEY,
  last_run_at INTEGER NOT NULL,
  last_outcome TEXT NOT NULL
);
