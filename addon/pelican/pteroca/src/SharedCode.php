<?php

declare(strict_types=1);

namespace Pteroca\PelicanPlugin;

use RuntimeException;

/**
 * Finds and autoloads the code the plugin shares with the Pterodactyl addon (namespace
 * Pteroca\PterodactylAddon): `shared/` inside the plugin once built by addon/pelican/build,
 * or the addon folder itself when the plugin folder is used straight from the repository.
 */
final class SharedCode
{
    public const NAMESPACE_PREFIX = 'Pteroca\\PterodactylAddon\\';

    public static function locate(string $pluginRoot): string
    {
        foreach ([$pluginRoot . '/shared', $pluginRoot . '/../..'] as $candidate) {
            if (is_file($candidate . '/src/Sso/SsoAuthorizer.php') && is_file($candidate . '/config/pteroca.php')) {
                return $candidate;
            }
        }

        throw new RuntimeException('PteroCA plugin: shared/ is missing; build the plugin with addon/pelican/build');
    }

    public static function autoload(string $sharedRoot): void
    {
        spl_autoload_register(static function (string $class) use ($sharedRoot): void {
            if (!str_starts_with($class, self::NAMESPACE_PREFIX)) {
                return;
            }
            $relative = str_replace('\\', '/', substr($class, strlen(self::NAMESPACE_PREFIX)));
            $file = $sharedRoot . '/src/' . $relative . '.php';
            // The relative name comes from PHP's class resolution, but never leave the folder anyway.
            if (!str_contains($relative, '..') && is_file($file)) {
                require $file;
            }
        });
    }
}
