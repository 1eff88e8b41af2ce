-- Why a server is suspended: UNPAID (lifted by paying, deleted after the grace period) or ADMIN (an admin's
-- decision, with the reason the customer is shown; only an admin lifts it). Existing suspensions whose last
-- suspension was done by someone (an admin) are ADMIN, the others UNPAID.
ALTER TABLE game_server ADD suspension_cause VARCHAR(20) NULL;
ALTER TABLE game_server ADD suspension_reason VARCHAR(500) NULL;
UPDATE game_server SET suspension_cause = CASE WHEN EXISTS (
        SELECT 1 FROM server_log l WHERE l.server_id = game_server.id AND l.to_state = 'SUSPENDED' AND l.actor_id IS NOT NULL
            AND l.id = (SELECT MAX(m.id) FROM server_log m WHERE m.server_id = game_server.id AND m.to_state = 'SUSPENDED'))
    THEN 'ADMIN' ELSE 'UNPAID' END
WHERE state = 'SUSPENDED';
