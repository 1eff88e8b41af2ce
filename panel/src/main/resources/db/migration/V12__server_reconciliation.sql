-- What reconciliation found wrong with a server in Pterodactyl (gone, another owner, not ours any more); admins
-- are told once per new finding, and it clears itself when Pterodactyl agrees again.
ALTER TABLE game_server ADD drift VARCHAR(255) NULL;
