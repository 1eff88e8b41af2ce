-- Sign-in with Discord, Google, GitHub or an OpenID Connect provider: which provider identity opens which account.
CREATE TABLE linked_identity (
    id          ${id} PRIMARY KEY,
    provider    VARCHAR(20)   NOT NULL,
    -- The provider's stable id of the person (OIDC "sub", Discord's and GitHub's user id), never their e-mail.
    subject     VARCHAR(255)  NOT NULL,
    user_id     BIGINT        NOT NULL,
    email       VARCHAR(254)  NULL,
    created_at  ${ts}         NOT NULL,
    CONSTRAINT uq_linked_identity UNIQUE (provider, subject),
    CONSTRAINT fk_linked_identity_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};
CREATE INDEX ix_linked_identity_user ON linked_identity (user_id);

-- An account opened through a provider has no password of its own until its owner sets one (password reset).
ALTER TABLE users ADD password_set BOOLEAN DEFAULT TRUE NOT NULL;
