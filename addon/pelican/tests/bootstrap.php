<?php

declare(strict_types=1);

// The addon's autoloader (shared code and its test support), plus the plugin's own classes.
require dirname(__DIR__, 2) . '/tests/bootstrap.php';

pteroca_register_autoloader([
    'Pteroca\\PelicanPlugin\\Tests\\' => __DIR__ . '/',
    'Pteroca\\PelicanPlugin\\' => dirname(__DIR__) . '/pteroca/src/',
]);

// Pelican's and Filament's classes the plugin touches, reduced to what the tests need.
require __DIR__ . '/Support/Stubs/PelicanModels.php';
require __DIR__ . '/Support/Stubs/Filament.php';
