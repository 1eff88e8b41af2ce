<?php

declare(strict_types=1);

namespace Pteroca\PelicanPlugin;

/**
 * Pelican keeps an application key's permissions in one JSON column, `{resource: bitmask}`
 * (1 read, 2 write, 3 both), where Pterodactyl had an `r_users` column. The model casts it to
 * an array; a raw JSON string is accepted too. Anything unreadable grants nothing.
 */
final class PelicanKeyPermissions
{
    public const USERS_RESOURCE = 'user';

    public static function usersPermission(mixed $permissions): int
    {
        if (is_string($permissions)) {
            $permissions = json_decode($permissions, true);
        }
        if (!is_array($permissions)) {
            return 0;
        }
        $value = $permissions[self::USERS_RESOURCE] ?? 0;
        if (is_string($value) && preg_match('/^\d$/', $value) === 1) {
            $value = (int) $value;
        }

        // Only the bits Pelican defines; a corrupt value cannot widen what the key may do.
        return is_int($value) && $value >= 0 ? $value & 3 : 0;
    }
}
