<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Sso;

/**
 * Keeps `pteroca_sso_redirect` on this panel: only a relative path that starts with a
 * single "/" survives; anything else (absolute or protocol-relative URLs, backslashes,
 * which browsers treat like "/", control characters, which they strip) becomes "/".
 */
final class RedirectSanitizer
{
    public const FALLBACK = '/';
    public const MAX_LENGTH = 2048;

    public function clean(mixed $redirect): string
    {
        if (!is_string($redirect) || $redirect === '' || strlen($redirect) > self::MAX_LENGTH) {
            return self::FALLBACK;
        }
        if ($redirect[0] !== '/'
            || str_contains($redirect, '//')
            || str_contains($redirect, '\\')
            || preg_match('/[\x00-\x20\x7F]/', $redirect) === 1
        ) {
            return self::FALLBACK;
        }
        $parts = parse_url($redirect);
        if ($parts === false || isset($parts['scheme']) || isset($parts['host'])) {
            return self::FALLBACK;
        }

        return $redirect;
    }
}
