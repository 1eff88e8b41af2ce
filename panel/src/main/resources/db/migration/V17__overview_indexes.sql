-- The admin overview sums these by the database; each figure reads an index, not the whole table.
CREATE INDEX ix_payment_settled ON payment (status, settled_at);
CREATE INDEX ix_users_role_created ON users (role, created_at);
CREATE INDEX ix_email_log_status ON email_log (status, created_at);
CREATE INDEX ix_game_server_created ON game_server (created_at);
