-- What staff did and who tried to sign in: an append-only trail that administrators read newest first.
-- The actor is kept as a username, not a foreign key, so that the trail outlives renamed or removed accounts
-- and also holds failed sign-ins of usernames that do not exist.
CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor          VARCHAR(64)   NULL,
    client_address VARCHAR(45)   NULL,
    action         VARCHAR(32)   NOT NULL,
    target         VARCHAR(200)  NULL,
    details        VARCHAR(1000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
