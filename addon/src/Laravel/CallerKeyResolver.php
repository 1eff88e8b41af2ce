<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel;

use Illuminate\Http\Request;
use Pterodactyl\Models\ApiKey;
use Pterodactyl\Models\User;
use Pteroca\PterodactylAddon\Api\CallerKey;

/** Reads the authenticated Pterodactyl user and Sanctum key of a request. */
final class CallerKeyResolver implements RequestCallerKeys
{
    public function resolve(Request $request): CallerKey
    {
        $user = $request->user();
        if (!$user instanceof User) {
            return CallerKey::none();
        }
        $rootAdmin = (bool) $user->root_admin;
        $key = $user->currentAccessToken();
        if (!$key instanceof ApiKey) {
            return CallerKey::none($rootAdmin);
        }

        return match ((int) $key->key_type) {
            ApiKey::TYPE_APPLICATION => CallerKey::application($rootAdmin, (int) $key->r_users),
            ApiKey::TYPE_ACCOUNT => CallerKey::account($rootAdmin),
            default => CallerKey::none($rootAdmin),
        };
    }
}
