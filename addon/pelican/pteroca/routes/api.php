<?php

use Pteroca\PterodactylAddon\Laravel\PterocaRoutes;

// Pelican's own application-API stack: Sanctum key, its admin check, its 256/min bucket. The
// stricter rule (Root Admin role, `user` permission) is decided in ApplicationEndpoints.
PterocaRoutes::applicationApi(['api', 'application-api', 'throttle:api.application']);
