-- Our record of who a server is shared with (Pterodactyl subusers), so shared servers show in "My servers" and
-- their pages are allowed without asking Pterodactyl. Pterodactyl stays the authority on the permissions.
CREATE TABLE server_subuser (
    server_id         BIGINT        NOT NULL,
    account_id        BIGINT        NOT NULL,
    pterodactyl_uuid  VARCHAR(64)   NOT NULL,
    permissions       ${text}       NOT NULL,
    created_at        ${ts}         NOT NULL,
    CONSTRAINT pk_server_subuser PRIMARY KEY (server_id, account_id),
    CONSTRAINT fk_server_subuser_server FOREIGN KEY (server_id) REFERENCES game_server (id),
    CONSTRAINT fk_server_subuser_account FOREIGN KEY (account_id) REFERENCES users (id)
) ${table_options};

CREATE INDEX ix_server_subuser_account ON server_subuser (account_id);
