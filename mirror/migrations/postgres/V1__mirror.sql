-- The tables and columns of the SQLite mirror's migration 1: objects, dictionaries, sync state,
-- units log. Times are text in UTC with milliseconds, as SQLite keeps them.
CREATE TABLE campaigns (
    login TEXT NOT NULL, id BIGINT NOT NULL, campaign_id BIGINT, ad_group_id BIGINT,
    name TEXT, status TEXT, state TEXT, type TEXT, json TEXT NOT NULL,
    PRIMARY KEY (login, id));
CREATE TABLE ad_groups (
    login TEXT NOT NULL, id BIGINT NOT NULL, campaign_id BIGINT, ad_group_id BIGINT,
    name TEXT, status TEXT, state TEXT, type TEXT, json TEXT NOT NULL,
    PRIMARY KEY (login, id));
CREATE INDEX ad_groups_campaign ON ad_groups (login, campaign_id, id);
CREATE TABLE ads (
    login TEXT NOT NULL, id BIGINT NOT NULL, campaign_id BIGINT, ad_group_id BIGINT,
    name TEXT, status TEXT, state TEXT, type TEXT, json TEXT NOT NULL,
    PRIMARY KEY (login, id));
CREATE INDEX ads_campaign ON ads (login, campaign_id, id);
CREATE INDEX ads_ad_group ON ads (login, ad_group_id, id);
CREATE TABLE keywords (
    login TEXT NOT NULL, id BIGINT NOT NULL, campaign_id BIGINT, ad_group_id BIGINT,
    name TEXT, status TEXT, state TEXT, type TEXT, json TEXT NOT NULL,
    PRIMARY KEY (login, id));
CREATE INDEX keywords_campaign ON keywords (login, campaign_id, id);
CREATE INDEX keywords_ad_group ON keywords (login, ad_group_id, id);
CREATE TABLE dictionaries (name TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE sync_state (
    login TEXT PRIMARY KEY, timestamp TEXT, dictionaries_timestamp TEXT, pending TEXT,
    run_started_at TEXT);
CREATE TABLE units_log (
    login TEXT NOT NULL, run_started_at TEXT, step TEXT NOT NULL, units BIGINT NOT NULL,
    requests BIGINT NOT NULL, added BIGINT NOT NULL, changed BIGINT NOT NULL,
    removed BIGINT NOT NULL,
    at TEXT NOT NULL DEFAULT (to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                      'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')));
