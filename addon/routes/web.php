<?php

use Illuminate\Support\Facades\Route;
use Pteroca\PterodactylAddon\Laravel\Http\Controllers\SsoAuthorizeController;

// The form is posted cross-site from PteroCA, so it cannot carry Pterodactyl's CSRF
// token; the signed, single-use, short-lived token stands in for it.
Route::middleware('web')
    ->withoutMiddleware([
        \Pterodactyl\Http\Middleware\VerifyCsrfToken::class,
        \Illuminate\Foundation\Http\Middleware\VerifyCsrfToken::class,
    ])
    ->post('pteroca/authorize', SsoAuthorizeController::class)
    ->name('pteroca.sso.authorize');
