<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Unit\Sso;

use PHPUnit\Framework\TestCase;
use Pteroca\PterodactylAddon\Sso\SsoSettings;

final class SsoSettingsTest extends TestCase
{
    public function testReadsTheConfiguredValues(): void
    {
        $settings = SsoSettings::fromConfig([
            'secret' => ' s3cret ',
            'issuer' => 'https://billing.example',
            'audience' => 'https://panel.example',
            'allow_root_admin' => true,
            'allow_2fa_users' => 'true',
        ]);

        self::assertEquals(new SsoSettings('s3cret', 'https://billing.example', 'https://panel.example', true, true), $settings);
        self::assertTrue($settings->isConfigured());
    }

    public function testAnEmptyConfigurationIsNotConfiguredAndAllowsNothing(): void
    {
        $settings = SsoSettings::fromConfig([]);

        self::assertFalse($settings->isConfigured());
        self::assertFalse($settings->allowRootAdmin);
        self::assertFalse($settings->allowTwoFactorUsers);
    }

    public function testABlankSecretIsNotConfigured(): void
    {
        self::assertFalse(SsoSettings::fromConfig(['secret' => '   '])->isConfigured());
        self::assertFalse(SsoSettings::fromConfig(['secret' => null])->isConfigured());
    }

    /** @dataProvider unclearSwitchValues */
    public function testOnlyAClearYesTurnsASwitchOn(mixed $value): void
    {
        $settings = SsoSettings::fromConfig(['allow_root_admin' => $value, 'allow_2fa_users' => $value]);

        self::assertFalse($settings->allowRootAdmin);
        self::assertFalse($settings->allowTwoFactorUsers);
    }

    /** @return iterable<string, array{mixed}> */
    public static function unclearSwitchValues(): iterable
    {
        yield 'false' => [false];
        yield 'string false' => ['false'];
        yield 'null' => [null];
        yield 'empty' => [''];
        yield 'typo' => ['ture'];
        yield 'zero' => ['0'];
    }
}
