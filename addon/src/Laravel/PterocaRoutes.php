<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel;

use Illuminate\Support\Facades\Route;
use Pteroca\PterodactylAddon\Laravel\Http\Controllers\ApiKeyController;
use Pteroca\PterodactylAddon\Laravel\Http\Controllers\SsoAuthorizeController;
use Pteroca\PterodactylAddon\Laravel\Http\Controllers\VersionController;

/**
 * The routes both panels offer; each panel's route files only name the middleware that
 * authenticates its API keys and the CSRF middleware it uses.
 */
final class PterocaRoutes
{
    public const API_KEYS = 'users/{user}/api-keys';
    public const API_KEY = 'users/{user}/api-keys/{identifier}';
    public const VERSION = 'pteroca/version';
    public const SSO_AUTHORIZE = 'pteroca/authorize';

    /**
     * Who may call what is decided in ApplicationEndpoints, not by the middleware.
     *
     * @param list<string> $middleware the panel's application-API authentication and rate limit
     */
    public static function applicationApi(array $middleware): void
    {
        Route::middleware($middleware)
            ->prefix('api/application')
            ->group(function () {
                Route::get(self::API_KEYS, [ApiKeyController::class, 'index'])->name('pteroca.api-keys.index');
                Route::post(self::API_KEYS, [ApiKeyController::class, 'store'])->name('pteroca.api-keys.store');
                Route::delete(self::API_KEY, [ApiKeyController::class, 'destroy'])->name('pteroca.api-keys.destroy');
                Route::get(self::VERSION, VersionController::class)->name('pteroca.version');
            });
    }

    /**
     * The form is posted cross-site from PteroCA, so it cannot carry the panel's CSRF token;
     * the signed, single-use, short-lived token stands in for it.
     *
     * @param list<class-string> $csrfMiddleware every name the panel's CSRF check may go by
     */
    public static function ssoAuthorize(array $csrfMiddleware): void
    {
        Route::middleware('web')
            ->withoutMiddleware($csrfMiddleware)
            ->post(self::SSO_AUTHORIZE, SsoAuthorizeController::class)
            ->name('pteroca.sso.authorize');
    }
}
