<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Api;

use Pteroca\PterodactylAddon\Http\ApiResponse;
use Pteroca\PterodactylAddon\Http\PterodactylErrors;

/**
 * Who may call the addon's application endpoints: only application keys of root admins,
 * and for the API-key endpoints only with the users permission the action needs.
 * Every method answers null when the call is allowed, or the 403 to send.
 */
final class ApplicationKeyPolicy
{
    public const READ = 1;
    public const WRITE = 2;

    public const NOT_APPLICATION_KEY_DETAIL = 'Only application API keys may use this endpoint.';

    public function checkApplicationKey(CallerKey $caller): ?ApiResponse
    {
        if (!$caller->ownerIsRootAdmin) {
            return PterodactylErrors::forbidden(PterodactylErrors::NOT_ADMIN_DETAIL);
        }
        // Stock Pterodactyl lets client keys of admins through the application API; minting
        // keys for other users must need an explicitly scoped application key instead.
        if ($caller->type !== CallerKey::APPLICATION) {
            return PterodactylErrors::forbidden(self::NOT_APPLICATION_KEY_DETAIL);
        }

        return null;
    }

    /** @param self::READ|self::WRITE $action */
    public function checkUsersAccess(CallerKey $caller, int $action): ?ApiResponse
    {
        $refusal = $this->checkApplicationKey($caller);
        if ($refusal !== null) {
            return $refusal;
        }
        // Bitwise like Pterodactyl's AdminAcl: write alone (2) does not imply read.
        if (($caller->usersPermission & $action) === 0) {
            return PterodactylErrors::forbidden();
        }

        return null;
    }
}
