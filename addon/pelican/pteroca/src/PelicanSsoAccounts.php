<?php

declare(strict_types=1);

namespace Pteroca\PelicanPlugin;

use App\Models\User;
use Pteroca\PterodactylAddon\Sso\SsoAccount;
use Pteroca\PterodactylAddon\Sso\SsoAccounts;

final class PelicanSsoAccounts implements SsoAccounts
{
    public function find(int $userId): ?SsoAccount
    {
        /** @var User|null $user */
        $user = User::query()->find($userId);

        return $user === null ? null : self::toAccount($user);
    }

    /**
     * Root admin is a role in Pelican. Two-factor is either an authenticator app (a stored
     * secret) or codes by e-mail; either one keeps the account out of SSO unless allowed.
     */
    public static function toAccount(User $user): SsoAccount
    {
        $usesApp = is_string($user->mfa_app_secret) && $user->mfa_app_secret !== '';

        return new SsoAccount((int) $user->id, (bool) $user->isRootAdmin(), $usesApp || (bool) $user->mfa_email_enabled);
    }
}
