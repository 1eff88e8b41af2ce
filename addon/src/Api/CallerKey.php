<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Api;

/**
 * The credential a request to the addon's application endpoints was made with,
 * reduced to the facts the permission rules need.
 */
final class CallerKey
{
    public const APPLICATION = 'application';
    public const ACCOUNT = 'account';
    public const NONE = 'none';

    private function __construct(
        public readonly string $type,
        public readonly bool $ownerIsRootAdmin,
        public readonly int $usersPermission,
    ) {
    }

    /** @param int $usersPermission the key's `r_users` bitmask (1 = read, 2 = write) */
    public static function application(bool $ownerIsRootAdmin, int $usersPermission): self
    {
        return new self(self::APPLICATION, $ownerIsRootAdmin, $usersPermission);
    }

    /** A client (`ptlc_`) key: per-account, carries no application permissions. */
    public static function account(bool $ownerIsRootAdmin): self
    {
        return new self(self::ACCOUNT, $ownerIsRootAdmin, 0);
    }

    /** No API key at all, e.g. a browser session reaching the API through Sanctum. */
    public static function none(bool $ownerIsRootAdmin = false): self
    {
        return new self(self::NONE, $ownerIsRootAdmin, 0);
    }
}
