<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Api;

use DateTimeInterface;

/** A client (`ptlc_`) API key as the endpoints show it; never carries the secret. */
final class ClientApiKey
{
    /** @param list<string> $allowedIps */
    public function __construct(
        public readonly string $identifier,
        public readonly string $description,
        public readonly array $allowedIps,
        public readonly ?DateTimeInterface $lastUsedAt,
        public readonly DateTimeInterface $createdAt,
    ) {
    }
}
