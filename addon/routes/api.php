<?php

use Pteroca\PterodactylAddon\Laravel\PterocaRoutes;

// Same authentication and rate-limit bucket as Pterodactyl's own application API.
PterocaRoutes::applicationApi(['api', 'throttle:api.application']);
