<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Sso;

/** The facts about a Pterodactyl user the SSO rules look at. */
final class SsoAccount
{
    public function __construct(
        public readonly int $id,
        public readonly bool $isRootAdmin,
        public readonly bool $usesTwoFactor,
    ) {
    }
}
