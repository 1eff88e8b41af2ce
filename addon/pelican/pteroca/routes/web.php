<?php

use Pteroca\PterodactylAddon\Laravel\PterocaRoutes;

// Laravel 13 (Pelican) names the CSRF middleware PreventRequestForgery; older Laravel
// versions ValidateCsrfToken or VerifyCsrfToken.
PterocaRoutes::ssoAuthorize([
    \App\Http\Middleware\PreventRequestForgery::class,
    \Illuminate\Foundation\Http\Middleware\PreventRequestForgery::class,
    \Illuminate\Foundation\Http\Middleware\ValidateCsrfToken::class,
    \Illuminate\Foundation\Http\Middleware\VerifyCsrfToken::class,
]);
