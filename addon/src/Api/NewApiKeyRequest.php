<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Api;

/** A validated body of `POST /api/application/users/{user}/api-keys`. */
final class NewApiKeyRequest
{
    /** @param list<string> $allowedIps */
    public function __construct(
        public readonly string $description,
        public readonly array $allowedIps,
    ) {
    }
}
