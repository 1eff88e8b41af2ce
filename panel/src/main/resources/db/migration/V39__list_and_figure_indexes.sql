-- The admin's servers list, filtered by state and newest first, and its page count walk this index instead of reading
-- every (wide) server row: 50,000 servers took a scan of the table for each page.
CREATE INDEX ix_game_server_state_id ON game_server (state, id);
-- The overview's refunds of the last 30 days read only refunds, not the whole ledger.
CREATE INDEX ix_wallet_entry_reason ON wallet_entry (reason, created_at);
