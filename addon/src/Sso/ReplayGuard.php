<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Sso;

/** Remembers token ids (`jti`) so that every SSO token logs in at most once. */
interface ReplayGuard
{
    /**
     * Records the id and answers true if it had not been seen before. The id must be
     * remembered at least until $expiresAt (Unix seconds), after which the token is
     * refused as expired anyway. Implementations must be atomic.
     */
    public function firstUse(string $tokenId, int $expiresAt): bool;
}
