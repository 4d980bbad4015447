-- The client API's OAuth 2.0: registered apps, approved authorizations waiting for their exchange,
-- and bearer tokens. Secrets, codes and tokens are stored only as SHA-256 hex digests.
-- The same SQL runs on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE oauth_apps (
    client_id     VARCHAR(43)   NOT NULL,
    -- At most 60 characters as people count them (code points): up to 120 UTF-16 units.
    name          VARCHAR(120)  NOT NULL,
    website       VARCHAR(2000),
    -- One per line, at most 10 of at most 2000 characters.
    redirect_uris VARCHAR(20010) NOT NULL,
    scopes        VARCHAR(1024) NOT NULL,
    secret_hash   VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_oauth_apps PRIMARY KEY (client_id)
);

CREATE TABLE oauth_codes (
    code_hash      VARCHAR(64)   NOT NULL,
    client_id      VARCHAR(43)   NOT NULL,
    user_id        BIGINT        NOT NULL,
    redirect_uri   VARCHAR(2000) NOT NULL,
    scopes         VARCHAR(1024) NOT NULL,
    -- The PKCE S256 challenge, when the app sent one.
    code_challenge VARCHAR(43),
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_oauth_codes PRIMARY KEY (code_hash),
    CONSTRAINT fk_oauth_codes_app FOREIGN KEY (client_id) REFERENCES oauth_apps (client_id) ON DELETE CASCADE,
    CONSTRAINT fk_oauth_codes_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- Each new code deletes the expired ones through this.
CREATE INDEX ix_oauth_codes_issued ON oauth_codes (issued_at);

CREATE TABLE oauth_tokens (
    token_hash VARCHAR(64)   NOT NULL,
    client_id  VARCHAR(43)   NOT NULL,
    -- Empty for a client-credentials token, which acts for the app alone.
    user_id    BIGINT,
    scopes     VARCHAR(1024) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_oauth_tokens PRIMARY KEY (token_hash),
    CONSTRAINT fk_oauth_tokens_app FOREIGN KEY (client_id) REFERENCES oauth_apps (client_id) ON DELETE CASCADE,
    CONSTRAINT fk_oauth_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- The authorised apps page, revoking an app and revoking everything of a person.
CREATE INDEX ix_oauth_tokens_user ON oauth_tokens (user_id, client_id, created_at);
CREATE INDEX ix_oauth_tokens_client ON oauth_tokens (client_id);
