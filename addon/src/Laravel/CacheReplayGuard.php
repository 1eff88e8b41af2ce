<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel;

use Illuminate\Contracts\Cache\Repository;
use Pteroca\PterodactylAddon\Sso\ReplayGuard;
use Pteroca\PterodactylAddon\Support\Clock;

/**
 * Replay guard on Laravel's cache. `add` only writes when the key is absent (atomically
 * on Redis and the database store), so two concurrent uses of one token cannot both pass.
 */
final class CacheReplayGuard implements ReplayGuard
{
    public function __construct(
        private readonly Repository $cache,
        private readonly Clock $clock,
    ) {
    }

    public function firstUse(string $tokenId, int $expiresAt): bool
    {
        // One extra second so the entry cannot vanish while the token is still valid.
        $ttl = max(1, $expiresAt - $this->clock->now() + 1);

        return $this->cache->add('pteroca:sso:jti:' . hash('sha256', $tokenId), true, $ttl);
    }
}
