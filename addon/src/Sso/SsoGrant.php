<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Sso;

/** A successful SSO check: who to log in and where to send them. */
final class SsoGrant
{
    public function __construct(
        public readonly int $userId,
        public readonly string $redirectPath,
        public readonly string $tokenId,
    ) {
    }
}
