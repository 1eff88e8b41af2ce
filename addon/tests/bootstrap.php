<?php

declare(strict_types=1);

// Stands in for Composer's autoloader: Packagist and Laravel are not needed to test the addon's rules.
spl_autoload_register(static function (string $class): void {
    $prefixes = [
        'Pteroca\\PterodactylAddon\\Tests\\' => __DIR__ . '/',
        'Pteroca\\PterodactylAddon\\' => dirname(__DIR__) . '/src/',
    ];
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

error_reporting(E_ALL);
