-- Logins are records: ending one (logging out, the sessions page, a password change) ends it on
-- every instance, whatever copies of its cookie exist. The cookie carries the record's id.
-- The same SQL runs on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE logins (
    id           VARCHAR(22) NOT NULL,
    user_id      BIGINT      NOT NULL,
    -- "Remember me": lives until 30 days without use; otherwise 12 hours from its start.
    remembered   BOOLEAN     NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Written at most once a minute per login.
    last_used_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- "Firefox on Linux": a few known names, never the User-Agent header itself.
    browser      VARCHAR(60) NOT NULL,
    -- The client address cut to its network (IPv4 /24, IPv6 /48).
    network      VARCHAR(50) NOT NULL,
    CONSTRAINT pk_logins PRIMARY KEY (id),
    CONSTRAINT fk_logins_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- The sessions page and "end all" read a person's logins.
CREATE INDEX ix_logins_user_last_used ON logins (user_id, last_used_at);
-- The clean-up on each login deletes expired records through these.
CREATE INDEX ix_logins_started ON logins (started_at);
CREATE INDEX ix_logins_last_used ON logins (last_used_at);
