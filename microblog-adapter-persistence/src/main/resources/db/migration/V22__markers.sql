-- Markers of the client API (issue 14): where each person stopped reading their home timeline and
-- their notifications, shared by their apps. The same SQL runs on PostgreSQL and on H2. Depends
-- only on users.

-- One row per person and timeline ('HOME', 'NOTIFICATIONS'); an app reads both with one probe of
-- the primary key. The row goes with the account (ON DELETE CASCADE), as every other row that names
-- a person does.
CREATE TABLE markers (
    user_id      BIGINT      NOT NULL,
    timeline     VARCHAR(20) NOT NULL,
    -- the newest post or notification id read
    last_read_id BIGINT      NOT NULL,
    -- how many times the marker was saved: 1 the first time, one more each time after
    version      BIGINT      NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_markers PRIMARY KEY (user_id, timeline),
    CONSTRAINT fk_markers_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_markers_timeline CHECK (timeline IN ('HOME', 'NOTIFICATIONS')),
    CONSTRAINT ck_markers_last_read_id CHECK (last_read_id > 0),
    CONSTRAINT ck_markers_version CHECK (version > 0)
);
