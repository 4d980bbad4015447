-- Rate-limit counters shared by every instance on one database (used on PostgreSQL; the embedded
-- default counts in memory). One row per key: its current window's end and the events in it.
CREATE TABLE rate_limit_windows (
    counter_key VARCHAR(200) NOT NULL,
    window_end  TIMESTAMP WITH TIME ZONE NOT NULL,
    event_count BIGINT NOT NULL,
    CONSTRAINT pk_rate_limit_windows PRIMARY KEY (counter_key)
);

CREATE INDEX ix_rate_limit_windows_window_end ON rate_limit_windows (window_end);
