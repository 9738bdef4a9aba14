-- The governor's shared store (opt in: `ydirect sync --shared-limits`): what every process
-- counts together. Keys are the governor's quota keys as text (`direct client-login`).
-- Slots in flight as leases: a killed process's slots are free once `expires_at` passes.
CREATE TABLE quota_slots (
    quota_key TEXT NOT NULL,
    bucket TEXT NOT NULL,
    slot BIGINT NOT NULL,
    holder TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (quota_key, bucket, slot)
);
-- The latest figures an answer reported per key and bucket (Direct's `Units`), seen by anyone.
CREATE TABLE quota_figures (
    quota_key TEXT NOT NULL,
    bucket TEXT NOT NULL,
    consumed BIGINT NOT NULL,
    remaining BIGINT NOT NULL,
    stated_limit BIGINT,
    reported_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (quota_key, bucket)
);
-- Budgets counted across processes (`--units-budget` with `--shared-limits`).
CREATE TABLE quota_budgets (counter TEXT PRIMARY KEY, spent BIGINT NOT NULL);
