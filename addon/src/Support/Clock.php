<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Support;

interface Clock
{
    /** Current Unix time in seconds. */
    public function now(): int;
}
