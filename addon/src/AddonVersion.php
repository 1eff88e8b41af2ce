<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon;

/**
 * What `GET /api/application/pteroca/version` reports. The panel compares the
 * version (semantic versioning) and enables features by capability name.
 */
final class AddonVersion
{
    public const VERSION = '1.0.0';

    public const CAPABILITIES = ['api-keys', 'sso'];

    /** @return array{version: string, capabilities: list<string>} */
    public static function toArray(): array
    {
        return ['version' => self::VERSION, 'capabilities' => self::CAPABILITIES];
    }
}
