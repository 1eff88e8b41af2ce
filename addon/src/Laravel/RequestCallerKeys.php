<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel;

use Illuminate\Http\Request;
use Pteroca\PterodactylAddon\Api\CallerKey;

/**
 * Reduces the credential of a request to a CallerKey. Each panel stores users and keys in its
 * own way (Pterodactyl: `r_*` columns; Pelican: a JSON permission map and roles), so each
 * panel binds its own implementation; the controllers only know this interface.
 */
interface RequestCallerKeys
{
    public function resolve(Request $request): CallerKey;
}
