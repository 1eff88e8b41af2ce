<?php

// Read once through config(), so `php artisan config:cache` keeps working.
return [
    'sso' => [
        // Shared HS256 secret; `php artisan pteroca:generate-secret-key` writes it to .env.
        // Empty means SSO is off: /pteroca/authorize answers 503.
        'secret' => env('PTEROCA_SSO_SECRET'),

        // The PteroCA panel's site URL (the token's `iss`). Required for SSO to succeed.
        'issuer' => env('PTEROCA_SSO_ISSUER'),

        // This Pterodactyl panel's URL as PteroCA knows it (the token's `aud`).
        'audience' => env('PTEROCA_SSO_AUDIENCE', env('APP_URL')),

        // Whether root admins and users with two-factor authentication may be logged in
        // by a token alone. Off unless explicitly enabled.
        'allow_root_admin' => env('PTEROCA_SSO_ALLOW_ROOT_ADMIN', false),
        'allow_2fa_users' => env('PTEROCA_SSO_ALLOW_2FA_USERS', false),
    ],
];
