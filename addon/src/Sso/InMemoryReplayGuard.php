<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Sso;

/** Per-process replay guard, for tests and single-request tools. */
final class InMemoryReplayGuard implements ReplayGuard
{
    /** @var array<string, int> token id => expiry */
    private array $seen = [];

    public function firstUse(string $tokenId, int $expiresAt): bool
    {
        if (isset($this->seen[$tokenId])) {
            return false;
        }
        $this->seen[$tokenId] = $expiresAt;

        return true;
    }
}
