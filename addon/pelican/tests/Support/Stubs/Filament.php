<?php

declare(strict_types=1);

// Filament's plugin contract, which Pelican's loader requires of the class plugin.json names.
namespace Filament {
    if (!class_exists(Panel::class)) {
        class Panel
        {
        }
    }
}

namespace Filament\Contracts {
    use Filament\Panel;

    if (!interface_exists(Plugin::class)) {
        interface Plugin
        {
            public function getId(): string;

            public function register(Panel $panel): void;

            public function boot(Panel $panel): void;
        }
    }
}
