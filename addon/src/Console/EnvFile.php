<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Console;

use InvalidArgumentException;

/** Reads and rewrites single KEY=value lines of a dotenv file's contents. */
final class EnvFile
{
    public static function valueOf(string $contents, string $key): ?string
    {
        if (preg_match(self::linePattern($key), $contents, $match) !== 1) {
            return null;
        }
        $value = trim($match[1]);
        if (strlen($value) >= 2 && ($value[0] === '"' || $value[0] === "'") && $value[-1] === $value[0]) {
            $value = substr($value, 1, -1);
        }

        return $value;
    }

    /** Replaces the key's line (every occurrence) or appends one; other lines stay untouched. */
    public static function withValue(string $contents, string $key, string $value): string
    {
        if (preg_match('/^[A-Za-z0-9_\-]*$/', $value) !== 1) {
            throw new InvalidArgumentException('Only plain values are supported, quoting is not implemented.');
        }
        $line = $key . '=' . $value;
        if (preg_match(self::linePattern($key), $contents) === 1) {
            return (string) preg_replace_callback(self::linePattern($key), fn () => $line, $contents);
        }
        if ($contents !== '' && !str_ends_with($contents, "\n")) {
            $contents .= "\n";
        }

        return $contents . $line . "\n";
    }

    private static function linePattern(string $key): string
    {
        return '/^[ \t]*(?:export[ \t]+)?' . preg_quote($key, '/') . '[ \t]*=(.*)$/m';
    }
}
