<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Support;

use Pteroca\PterodactylAddon\Support\Clock;

final class FixedClock implements Clock
{
    public function __construct(public int $now)
    {
    }

    public function now(): int
    {
        return $this->now;
    }
}
