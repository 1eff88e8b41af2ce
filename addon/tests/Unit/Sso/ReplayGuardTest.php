<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Unit\Sso;

use PHPUnit\Framework\TestCase;
use Pteroca\PterodactylAddon\Laravel\CacheReplayGuard;
use Pteroca\PterodactylAddon\Sso\InMemoryReplayGuard;
use Pteroca\PterodactylAddon\Tests\Support\ArrayCache;
use Pteroca\PterodactylAddon\Tests\Support\FixedClock;

final class ReplayGuardTest extends TestCase
{
    public function testInMemoryGuardAcceptsEachIdOnce(): void
    {
        $guard = new InMemoryReplayGuard();

        self::assertTrue($guard->firstUse('a', 100));
        self::assertFalse($guard->firstUse('a', 100));
        self::assertTrue($guard->firstUse('b', 100));
    }

    public function testCacheGuardAcceptsEachIdOnceAndKeepsItUntilExpiry(): void
    {
        $cache = new ArrayCache();
        $guard = new CacheReplayGuard($cache, new FixedClock(1000));

        self::assertTrue($guard->firstUse('token-id', 1060));
        self::assertFalse($guard->firstUse('token-id', 1060));
        self::assertSame(['pteroca:sso:jti:' . hash('sha256', 'token-id') => 61], $cache->entries);
    }

    public function testCacheGuardNeverStoresWithoutExpiryOrWithANegativeTtl(): void
    {
        $cache = new ArrayCache();
        (new CacheReplayGuard($cache, new FixedClock(1000)))->firstUse('late', 900);

        self::assertSame([1], array_values($cache->entries));
    }
}
