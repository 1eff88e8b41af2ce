<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Support;

use Illuminate\Contracts\Cache\Repository;

require_once __DIR__ . '/Stubs/CacheRepository.php';

/** Records `add` calls like Laravel's array store (only the method the guard uses). */
final class ArrayCache implements Repository
{
    /** @var array<string, int> key => ttl seconds */
    public array $entries = [];

    public function add($key, $value, $ttl = null)
    {
        if (isset($this->entries[$key])) {
            return false;
        }
        $this->entries[$key] = $ttl;

        return true;
    }
}
