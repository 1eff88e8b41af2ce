<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Unit\Api;

use PHPUnit\Framework\TestCase;
use Pteroca\PterodactylAddon\Api\NewApiKeyRequest;
use Pteroca\PterodactylAddon\Api\NewApiKeyRequestValidator;
use Pteroca\PterodactylAddon\Api\ValidationViolation;

final class NewApiKeyRequestValidatorTest extends TestCase
{
    public function testAcceptsTheBodyPterocaSends(): void
    {
        $request = (new NewApiKeyRequestValidator())->validate(['description' => 'PteroCA Client API Key']);

        self::assertEquals(new NewApiKeyRequest('PteroCA Client API Key', []), $request);
    }

    /** @dataProvider absentDescriptions */
    public function testTheDescriptionDefaultsToPteroca(array $body): void
    {
        self::assertEquals(new NewApiKeyRequest('PteroCA', []), (new NewApiKeyRequestValidator())->validate($body));
    }

    /** @return iterable<string, array{array<string, mixed>}> */
    public static function absentDescriptions(): iterable
    {
        yield 'missing' => [[]];
        yield 'null' => [['description' => null]];
        yield 'empty' => [['description' => '']];
        yield 'blank' => [['description' => '   ']];
    }

    public function testTrimsTheDescription(): void
    {
        self::assertSame('billing', (new NewApiKeyRequestValidator())->validate(['description' => "  billing\n"])->description);
    }

    public function testRefusesANonStringDescription(): void
    {
        $this->assertViolations([['description', 'string']], ['description' => 12]);
    }

    public function testRefusesAnOverlongDescription(): void
    {
        $this->assertViolations([['description', 'max']], ['description' => str_repeat('é', 501)]);
        self::assertInstanceOf(NewApiKeyRequest::class, (new NewApiKeyRequestValidator())->validate(['description' => str_repeat('é', 500)]));
    }

    public function testAcceptsIpsAndCidrRangesAndDropsDuplicates(): void
    {
        $request = (new NewApiKeyRequestValidator())->validate([
            'allowed_ips' => ['198.51.100.23', '198.51.100.0/24', '2001:db8::1', '2001:db8::/32', ' 198.51.100.23 '],
        ]);

        self::assertSame(['198.51.100.23', '198.51.100.0/24', '2001:db8::1', '2001:db8::/32'], $request->allowedIps);
    }

    /** @dataProvider invalidAllowedIps */
    public function testRefusesInvalidAllowedIps(mixed $allowedIps, string $field, string $rule): void
    {
        $this->assertViolations([[$field, $rule]], ['allowed_ips' => $allowedIps]);
    }

    /** @return iterable<string, array{mixed, string, string}> */
    public static function invalidAllowedIps(): iterable
    {
        yield 'string instead of list' => ['198.51.100.23', 'allowed_ips', 'array'];
        yield 'object instead of list' => [['a' => '198.51.100.23'], 'allowed_ips', 'array'];
        yield 'host name' => [['panel.example'], 'allowed_ips.0', 'ip'];
        yield 'IPv4 prefix too long' => [['198.51.100.0/33'], 'allowed_ips.0', 'ip'];
        yield 'IPv6 prefix too long' => [['2001:db8::/129'], 'allowed_ips.0', 'ip'];
        yield 'empty prefix' => [['198.51.100.0/'], 'allowed_ips.0', 'ip'];
        yield 'two prefixes' => [['198.51.100.0/24/8'], 'allowed_ips.0', 'ip'];
        yield 'number' => [[3232235777], 'allowed_ips.0', 'ip'];
        yield 'nested list' => [[['198.51.100.23']], 'allowed_ips.0', 'ip'];
        yield 'more than 50' => [array_fill(0, 51, '198.51.100.23'), 'allowed_ips', 'max'];
    }

    public function testAcceptsFiftyAllowedIps(): void
    {
        $ips = array_map(fn (int $i) => "198.51.100.$i", range(1, 50));

        self::assertSame($ips, (new NewApiKeyRequestValidator())->validate(['allowed_ips' => $ips])->allowedIps);
    }

    /**
     * @param list<array{string, string}> $expected field and rule
     * @param array<string, mixed> $body
     */
    private function assertViolations(array $expected, array $body): void
    {
        $result = (new NewApiKeyRequestValidator())->validate($body);

        self::assertIsArray($result);
        self::assertSame($expected, array_map(fn (ValidationViolation $v) => [$v->field, $v->rule], $result));
    }
}
