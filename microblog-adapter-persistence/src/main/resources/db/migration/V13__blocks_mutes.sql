-- Blocks and mutes (issue 12). The same SQL runs on PostgreSQL and on H2. Depends only on users.

-- One row per person blocking another. Pages that a logged-in person reads leave out posts and
-- notifications across a block with NOT EXISTS probes of the primary key (blocker, blocked) asked
-- both ways, so a row costs two index lookups, never a scan. The reverse index serves "who blocks
-- me" and an account's deletion (ON DELETE CASCADE).
CREATE TABLE blocks (
    blocker_id BIGINT NOT NULL,
    blocked_id BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_blocks PRIMARY KEY (blocker_id, blocked_id),
    CONSTRAINT fk_blocks_blocker FOREIGN KEY (blocker_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_blocks_blocked FOREIGN KEY (blocked_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_blocks_not_self CHECK (blocker_id <> blocked_id)
);

CREATE INDEX ix_blocks_blocked_id ON blocks (blocked_id, blocker_id);

-- One row per person muting another: only the muter's pages leave the muted person out (a probe of
-- the primary key).
CREATE TABLE mutes (
    muter_id   BIGINT NOT NULL,
    muted_id   BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_mutes PRIMARY KEY (muter_id, muted_id),
    CONSTRAINT fk_mutes_muter FOREIGN KEY (muter_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_mutes_muted FOREIGN KEY (muted_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_mutes_not_self CHECK (muter_id <> muted_id)
);

CREATE INDEX ix_mutes_muted_id ON mutes (muted_id, muter_id);
