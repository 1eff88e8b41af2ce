<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Unit\Console;

use InvalidArgumentException;
use PHPUnit\Framework\TestCase;
use Pteroca\PterodactylAddon\Console\EnvFile;
use Pteroca\PterodactylAddon\Console\SsoSecret;

final class EnvFileTest extends TestCase
{
    public function testAppendsTheKeyWhenAbsent(): void
    {
        self::assertSame("APP_URL=https://panel.example\nPTEROCA_SSO_SECRET=abc\n", EnvFile::withValue("APP_URL=https://panel.example", 'PTEROCA_SSO_SECRET', 'abc'));
        self::assertSame("PTEROCA_SSO_SECRET=abc\n", EnvFile::withValue('', 'PTEROCA_SSO_SECRET', 'abc'));
    }

    public function testReplacesAnExistingLineAndLeavesTheRestAlone(): void
    {
        $before = "APP_URL=x\nPTEROCA_SSO_SECRET=\"old\"\nPTEROCA_SSO_SECRET_OTHER=keep\nDB_HOST=127.0.0.1\n";

        self::assertSame(
            "APP_URL=x\nPTEROCA_SSO_SECRET=new\nPTEROCA_SSO_SECRET_OTHER=keep\nDB_HOST=127.0.0.1\n",
            EnvFile::withValue($before, 'PTEROCA_SSO_SECRET', 'new'),
        );
    }

    public function testReadsPlainAndQuotedValues(): void
    {
        self::assertSame('abc', EnvFile::valueOf("X=1\nPTEROCA_SSO_SECRET=abc\n", 'PTEROCA_SSO_SECRET'));
        self::assertSame('abc', EnvFile::valueOf("PTEROCA_SSO_SECRET=\"abc\"\n", 'PTEROCA_SSO_SECRET'));
        self::assertSame('', EnvFile::valueOf("PTEROCA_SSO_SECRET=\n", 'PTEROCA_SSO_SECRET'));
        self::assertNull(EnvFile::valueOf("PTEROCA_SSO_SECRET_X=abc\n", 'PTEROCA_SSO_SECRET'));
    }

    public function testRefusesValuesThatWouldNeedQuoting(): void
    {
        $this->expectException(InvalidArgumentException::class);

        EnvFile::withValue('', 'PTEROCA_SSO_SECRET', "a b\nINJECTED=1");
    }

    public function testAGeneratedSecretIs64HexCharactersAndFreshEachTime(): void
    {
        $secret = SsoSecret::generate();

        self::assertMatchesRegularExpression('/^[0-9a-f]{64}$/', $secret);
        self::assertNotSame($secret, SsoSecret::generate());
        self::assertSame($secret, EnvFile::valueOf(EnvFile::withValue('', SsoSecret::ENV_KEY, $secret), SsoSecret::ENV_KEY));
    }
}
