<?php

declare(strict_types=1);

// The one method of Laravel's cache contract that CacheReplayGuard uses, declared only
// when Laravel is absent so the guard can be tested here against an array cache.
namespace Illuminate\Contracts\Cache;

if (!interface_exists(Repository::class)) {
    interface Repository
    {
        /** @param \DateTimeInterface|\DateInterval|int|null $ttl */
        public function add($key, $value, $ttl = null);
    }
}
