<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Console;

final class SsoSecret
{
    public const ENV_KEY = 'PTEROCA_SSO_SECRET';

    /** 256 random bits as 64 hex characters: safe in .env files and in the panel's settings form. */
    public static function generate(): string
    {
        return bin2hex(random_bytes(32));
    }
}
