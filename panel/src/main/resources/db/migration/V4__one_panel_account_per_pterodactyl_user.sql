-- A Pterodactyl user belongs to at most one panel account.
CREATE UNIQUE INDEX ux_pterodactyl_account_user ON pterodactyl_account (pterodactyl_user_id);
