<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel;

use Illuminate\Contracts\Container\Container;
use Pteroca\PterodactylAddon\Api\ApplicationEndpoints;
use Pteroca\PterodactylAddon\Api\ClientApiKeyStore;
use Pteroca\PterodactylAddon\Sso\ReplayGuard;
use Pteroca\PterodactylAddon\Sso\SsoAccounts;
use Pteroca\PterodactylAddon\Sso\SsoAuthorizer;
use Pteroca\PterodactylAddon\Sso\SsoSettings;
use Pteroca\PterodactylAddon\Support\Clock;
use Pteroca\PterodactylAddon\Support\SystemClock;

/**
 * The container bindings the Pterodactyl addon and the Pelican plugin share. Each panel's
 * provider binds its own ClientApiKeyStore, SsoAccounts and RequestCallerKeys first.
 */
final class SharedBindings
{
    public static function register(Container $app): void
    {
        $app->singleton(Clock::class, SystemClock::class);
        $app->bind(ReplayGuard::class, CacheReplayGuard::class);
        $app->bind(
            ApplicationEndpoints::class,
            fn (Container $app) => new ApplicationEndpoints($app->make(ClientApiKeyStore::class)),
        );
        $app->bind(SsoAuthorizer::class, fn (Container $app) => new SsoAuthorizer(
            SsoSettings::fromConfig((array) $app->make('config')->get('pteroca.sso', [])),
            $app->make(SsoAccounts::class),
            $app->make(ReplayGuard::class),
            $app->make(Clock::class),
        ));
    }
}
