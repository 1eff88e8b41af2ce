<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel;

use Pterodactyl\Models\User;
use Pteroca\PterodactylAddon\Sso\SsoAccount;
use Pteroca\PterodactylAddon\Sso\SsoAccounts;

final class EloquentSsoAccounts implements SsoAccounts
{
    public function find(int $userId): ?SsoAccount
    {
        /** @var User|null $user */
        $user = User::query()->find($userId);
        if ($user === null) {
            return null;
        }

        return new SsoAccount((int) $user->id, (bool) $user->root_admin, (bool) $user->use_totp);
    }
}
