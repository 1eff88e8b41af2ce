<?php

declare(strict_types=1);

namespace Pteroca\PelicanPlugin\Tests\Unit;

use PHPUnit\Framework\TestCase;
use Pteroca\PelicanPlugin\PelicanKeyPermissions;

/** Reading the `user` bitmask out of Pelican's JSON permission column. */
final class PelicanKeyPermissionsTest extends TestCase
{
    /** @dataProvider permissionColumns */
    public function testReadsTheUsersBitmask(mixed $column, int $expected): void
    {
        self::assertSame($expected, PelicanKeyPermissions::usersPermission($column));
    }

    /** @return iterable<string, array{mixed, int}> */
    public static function permissionColumns(): iterable
    {
        // As recorded on Pelican 1.0.0-beta38 for a full-access key.
        $recorded = ['server' => 3, 'node' => 3, 'allocation' => 3, 'user' => 3, 'egg' => 3,
            'database_host' => 3, 'server_database' => 3, 'mount' => 3, 'role' => 3, 'plugin' => 3];
        yield 'recorded full access' => [$recorded, 3];
        yield 'read' => [['user' => 1], 1];
        yield 'write' => [['user' => 2], 2];
        yield 'none' => [['user' => 0], 0];
        yield 'raw JSON column' => ['{"user":1,"server":3}', 1];
        yield 'numeric string value' => [['user' => '2'], 2];
        yield 'other resources only' => [['server' => 3, 'node' => 3], 0];
        yield 'empty map (Pelican default)' => [[], 0];
        yield 'Pterodactyl column name is not Pelican' => [['r_users' => 3], 0];
        yield 'unknown bits are dropped' => [['user' => 7], 3];
        yield 'negative' => [['user' => -1], 0];
        yield 'fraction' => [['user' => 1.5], 0];
        yield 'boolean' => [['user' => true], 0];
        yield 'malformed JSON' => ['{"user":3', 0];
        yield 'JSON that is no map' => ['3', 0];
        yield 'null column' => [null, 0];
    }
}
