<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Api;

final class ValidationViolation
{
    public function __construct(
        public readonly string $field,
        public readonly string $rule,
        public readonly string $detail,
    ) {
    }
}
