<?php

declare(strict_types=1);

namespace Pteroca\PelicanPlugin\Tests\Unit;

use App\Models\User;
use PHPUnit\Framework\TestCase;
use Pteroca\PelicanPlugin\PelicanSsoAccounts;
use Pteroca\PterodactylAddon\Sso\SsoAccount;

/** Which Pelican users count as root admins and as two-factor users for SSO. */
final class PelicanSsoAccountsTest extends TestCase
{
    public function testAPlayerIsNeitherRootAdminNorTwoFactor(): void
    {
        self::assertEquals(new SsoAccount(3, false, false), PelicanSsoAccounts::toAccount(new User(3)));
    }

    public function testTheRootAdminRoleMakesARootAdmin(): void
    {
        self::assertTrue(PelicanSsoAccounts::toAccount(new User(1, ['Root Admin']))->isRootAdmin);
    }

    public function testAnotherAdminRoleIsNoRootAdmin(): void
    {
        self::assertFalse(PelicanSsoAccounts::toAccount(new User(2, ['Support']))->isRootAdmin);
    }

    public function testAnAuthenticatorAppCountsAsTwoFactor(): void
    {
        self::assertTrue(PelicanSsoAccounts::toAccount(new User(4, [], null, 'JBSWY3DPEHPK3PXP'))->usesTwoFactor);
    }

    public function testCodesByEmailCountAsTwoFactor(): void
    {
        self::assertTrue(PelicanSsoAccounts::toAccount(new User(5, [], null, null, true))->usesTwoFactor);
    }

    public function testAnEmptyAuthenticatorSecretIsNoTwoFactor(): void
    {
        self::assertFalse(PelicanSsoAccounts::toAccount(new User(6, [], null, ''))->usesTwoFactor);
    }
}
