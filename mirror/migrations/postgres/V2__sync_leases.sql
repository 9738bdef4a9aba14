-- A lease per login: one sync of a login at a time, whichever process or machine runs it. A
-- killed worker's lease expires and its login is taken over.
CREATE TABLE sync_leases (login TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL);
-- When a login's last sync ended: its `keywords` step in the units log.
CREATE INDEX units_log_login_step ON units_log (login, step, at);
