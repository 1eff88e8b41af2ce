<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel;

use Illuminate\Contracts\Foundation\Application;
use Illuminate\Support\ServiceProvider;
use Pteroca\PterodactylAddon\Api\ApplicationEndpoints;
use Pteroca\PterodactylAddon\Api\ClientApiKeyStore;
use Pteroca\PterodactylAddon\Laravel\Console\GenerateSecretKeyCommand;
use Pteroca\PterodactylAddon\Sso\ReplayGuard;
use Pteroca\PterodactylAddon\Sso\SsoAccounts;
use Pteroca\PterodactylAddon\Sso\SsoAuthorizer;
use Pteroca\PterodactylAddon\Sso\SsoSettings;
use Pteroca\PterodactylAddon\Support\Clock;
use Pteroca\PterodactylAddon\Support\SystemClock;

/** Registered by Laravel package auto-discovery (composer.json `extra.laravel.providers`). */
final class PterocaAddonServiceProvider extends ServiceProvider
{
    private const ROOT = __DIR__ . '/../..';

    public function register(): void
    {
        $this->mergeConfigFrom(self::ROOT . '/config/pteroca.php', 'pteroca');

        $this->app->singleton(Clock::class, SystemClock::class);
        $this->app->bind(ClientApiKeyStore::class, EloquentClientApiKeyStore::class);
        $this->app->bind(SsoAccounts::class, EloquentSsoAccounts::class);
        $this->app->bind(ReplayGuard::class, CacheReplayGuard::class);
        $this->app->bind(
            ApplicationEndpoints::class,
            fn (Application $app) => new ApplicationEndpoints($app->make(ClientApiKeyStore::class)),
        );
        $this->app->bind(SsoAuthorizer::class, fn (Application $app) => new SsoAuthorizer(
            SsoSettings::fromConfig((array) $app->make('config')->get('pteroca.sso', [])),
            $app->make(SsoAccounts::class),
            $app->make(ReplayGuard::class),
            $app->make(Clock::class),
        ));
    }

    public function boot(): void
    {
        $this->loadRoutesFrom(self::ROOT . '/routes/api.php');
        $this->loadRoutesFrom(self::ROOT . '/routes/web.php');

        if ($this->app->runningInConsole()) {
            $this->commands([GenerateSecretKeyCommand::class]);
            $this->publishes([self::ROOT . '/config/pteroca.php' => config_path('pteroca.php')], 'pteroca-config');
        }
    }
}
