-- Two-factor authentication (TOTP, RFC 6238). A row exists only while it is on.
-- The same SQL runs on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE two_factor (
    user_id        BIGINT      NOT NULL,
    -- The shared key as base32 (20 bytes). The app must read it to check codes, so it cannot be a
    -- hash; whoever reads this table can make codes, as with any TOTP server.
    secret         VARCHAR(64) NOT NULL,
    -- The 30-second step of the last code used: a code of this step or earlier is refused (replay).
    last_used_step BIGINT      NOT NULL,
    CONSTRAINT pk_two_factor PRIMARY KEY (user_id),
    CONSTRAINT fk_two_factor_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- Single-use recovery codes, only as SHA-256; a used code's row is deleted.
CREATE TABLE recovery_codes (
    user_id   BIGINT      NOT NULL,
    code_hash VARCHAR(64) NOT NULL,
    CONSTRAINT pk_recovery_codes PRIMARY KEY (user_id, code_hash),
    CONSTRAINT fk_recovery_codes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
