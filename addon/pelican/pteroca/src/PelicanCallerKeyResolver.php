<?php

declare(strict_types=1);

namespace Pteroca\PelicanPlugin;

use App\Models\ApiKey;
use App\Models\User;
use Illuminate\Http\Request;
use Pteroca\PterodactylAddon\Api\CallerKey;
use Pteroca\PterodactylAddon\Laravel\RequestCallerKeys;

/**
 * Reads the authenticated Pelican user and Sanctum key of a request. The ACL is the addon's:
 * only application keys of root admins, with the `user` permission the action needs.
 * Pelican lets users with any admin role use the application API; minting keys for other
 * users stays reserved to the Root Admin role.
 */
final class PelicanCallerKeyResolver implements RequestCallerKeys
{
    public function resolve(Request $request): CallerKey
    {
        return $this->fromUser($request->user());
    }

    public function fromUser(mixed $user): CallerKey
    {
        if (!$user instanceof User) {
            return CallerKey::none();
        }
        $rootAdmin = (bool) $user->isRootAdmin();
        $key = $user->currentAccessToken();
        if (!$key instanceof ApiKey) {
            return CallerKey::none($rootAdmin);
        }

        // The key's type decides, never its prefix: keys migrated from Pterodactyl keep ptla_/ptlc_.
        return match ((int) $key->key_type) {
            ApiKey::TYPE_APPLICATION => CallerKey::application(
                $rootAdmin,
                PelicanKeyPermissions::usersPermission($key->permissions),
            ),
            ApiKey::TYPE_ACCOUNT => CallerKey::account($rootAdmin),
            default => CallerKey::none($rootAdmin),
        };
    }
}
