<?php

use Pteroca\PterodactylAddon\Laravel\PterocaRoutes;

PterocaRoutes::ssoAuthorize([
    \Pterodactyl\Http\Middleware\VerifyCsrfToken::class,
    \Illuminate\Foundation\Http\Middleware\VerifyCsrfToken::class,
]);
