<?php

use Illuminate\Support\Facades\Route;
use Pteroca\PterodactylAddon\Laravel\Http\Controllers\ApiKeyController;
use Pteroca\PterodactylAddon\Laravel\Http\Controllers\VersionController;

// Same authentication and rate-limit bucket as Pterodactyl's own application API;
// who may call what is decided in ApplicationEndpoints.
Route::middleware(['api', 'throttle:api.application'])
    ->prefix('api/application')
    ->group(function () {
        Route::get('users/{user}/api-keys', [ApiKeyController::class, 'index'])
            ->name('pteroca.api-keys.index');
        Route::post('users/{user}/api-keys', [ApiKeyController::class, 'store'])
            ->name('pteroca.api-keys.store');
        Route::delete('users/{user}/api-keys/{identifier}', [ApiKeyController::class, 'destroy'])
            ->name('pteroca.api-keys.destroy');

        Route::get('pteroca/version', VersionController::class)
            ->name('pteroca.version');
    });
