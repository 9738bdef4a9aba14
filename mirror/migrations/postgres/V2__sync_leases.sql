-- A lease per login: one sync of a login at a time, whichever process or machine runs it. A
-- killed worker's lease expires and its login is taken over.
CREATE TABLE sync_leases (login TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL);
