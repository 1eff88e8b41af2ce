<?php

declare(strict_types=1);

namespace Pteroca\PelicanPlugin\Tests\Unit;

use App\Models\User;
use Pteroca\PelicanPlugin\PelicanSsoAccounts;
use Pteroca\PterodactylAddon\Tests\Support\InMemorySsoAccounts;
use Pteroca\PterodactylAddon\Tests\Unit\Sso\SsoAuthorizerTest;

/**
 * Every case of the addon's SSO contract test, with the player, the root admin and the
 * two-factor user read from Pelican's users (a role instead of root_admin, an authenticator
 * secret instead of use_totp).
 */
final class PelicanSsoAuthorizerTest extends SsoAuthorizerTest
{
    protected function knownAccounts(): InMemorySsoAccounts
    {
        return (new InMemorySsoAccounts())
            ->add(PelicanSsoAccounts::toAccount(new User(self::PLAYER)))
            ->add(PelicanSsoAccounts::toAccount(new User(self::ROOT_ADMIN, ['Root Admin'])))
            ->add(PelicanSsoAccounts::toAccount(new User(self::TWO_FACTOR_USER, [], null, 'JBSWY3DPEHPK3PXP')));
    }
}
