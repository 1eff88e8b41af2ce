<?php

declare(strict_types=1);

namespace Pteroca\PelicanPlugin;

use Filament\Contracts\Plugin;
use Filament\Panel;

/**
 * The class plugin.json names. Pelican registers it with each Filament panel; the plugin adds
 * no pages, everything it offers is routes, registered by Providers\PterocaPluginProvider.
 */
final class PterocaPlugin implements Plugin
{
    public const ID = 'pteroca';

    public function getId(): string
    {
        return self::ID;
    }

    public function register(Panel $panel): void
    {
    }

    public function boot(Panel $panel): void
    {
    }
}
