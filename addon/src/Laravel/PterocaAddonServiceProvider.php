<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel;

use Illuminate\Support\ServiceProvider;
use Pterodactyl\Models\ApiKey;
use Pterodactyl\Models\User;
use Pteroca\PterodactylAddon\Api\ClientApiKeyStore;
use Pteroca\PterodactylAddon\Laravel\Console\GenerateSecretKeyCommand;
use Pteroca\PterodactylAddon\Sso\SsoAccounts;

/** Registered by Laravel package auto-discovery (composer.json `extra.laravel.providers`). */
final class PterocaAddonServiceProvider extends ServiceProvider
{
    private const ROOT = __DIR__ . '/../..';

    public function register(): void
    {
        $this->mergeConfigFrom(self::ROOT . '/config/pteroca.php', 'pteroca');

        $this->app->bind(
            ClientApiKeyStore::class,
            fn () => new EloquentClientApiKeys(User::class, ApiKey::class, ApiKey::TYPE_ACCOUNT),
        );
        $this->app->bind(SsoAccounts::class, EloquentSsoAccounts::class);
        $this->app->bind(RequestCallerKeys::class, CallerKeyResolver::class);
        SharedBindings::register($this->app);
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
