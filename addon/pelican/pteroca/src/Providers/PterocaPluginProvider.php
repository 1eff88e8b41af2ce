<?php

declare(strict_types=1);

namespace Pteroca\PelicanPlugin\Providers;

use App\Models\ApiKey;
use App\Models\User;
use Illuminate\Support\ServiceProvider;
use Pteroca\PelicanPlugin\PelicanCallerKeyResolver;
use Pteroca\PelicanPlugin\PelicanSsoAccounts;
use Pteroca\PelicanPlugin\SharedCode;
use Pteroca\PterodactylAddon\Api\ClientApiKeyStore;
use Pteroca\PterodactylAddon\Laravel\Console\GenerateSecretKeyCommand;
use Pteroca\PterodactylAddon\Laravel\EloquentClientApiKeys;
use Pteroca\PterodactylAddon\Laravel\RequestCallerKeys;
use Pteroca\PterodactylAddon\Laravel\SharedBindings;
use Pteroca\PterodactylAddon\Sso\SsoAccounts;

/** Pelican registers every provider in the plugin's src/Providers once the plugin is enabled. */
final class PterocaPluginProvider extends ServiceProvider
{
    private const PLUGIN_ROOT = __DIR__ . '/../..';

    public function register(): void
    {
        $shared = SharedCode::locate(self::PLUGIN_ROOT);
        SharedCode::autoload($shared);
        $this->mergeConfigFrom($shared . '/config/pteroca.php', 'pteroca');

        $this->app->bind(
            ClientApiKeyStore::class,
            fn () => new EloquentClientApiKeys(User::class, ApiKey::class, ApiKey::TYPE_ACCOUNT),
        );
        $this->app->bind(SsoAccounts::class, PelicanSsoAccounts::class);
        $this->app->bind(RequestCallerKeys::class, PelicanCallerKeyResolver::class);
        SharedBindings::register($this->app);
    }

    public function boot(): void
    {
        $this->loadRoutesFrom(self::PLUGIN_ROOT . '/routes/api.php');
        $this->loadRoutesFrom(self::PLUGIN_ROOT . '/routes/web.php');

        if ($this->app->runningInConsole()) {
            $this->commands([GenerateSecretKeyCommand::class]);
        }
    }
}
