<?php

declare(strict_types=1);

/**
 * Stands in for Composer's autoloader: Packagist and Laravel are not needed to test the addon's
 * rules. The Pelican plugin's tests (pelican/tests) add their own prefixes with it.
 *
 * @param array<string, string> $prefixes namespace prefix => folder
 */
function pteroca_register_autoloader(array $prefixes): void
{
    spl_autoload_register(static function (string $class) use ($prefixes): void {
        foreach ($prefixes as $prefix => $directory) {
            if (str_starts_with($class, $prefix)) {
                $file = $directory . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
                if (is_file($file)) {
                    require $file;
                }

                return;
            }
        }
    });
}

pteroca_register_autoloader([
    'Pteroca\\PterodactylAddon\\Tests\\' => __DIR__ . '/',
    'Pteroca\\PterodactylAddon\\' => dirname(__DIR__) . '/src/',
]);

error_reporting(E_ALL);
