<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Http;

/**
 * A framework-free HTTP answer: the status and the JSON body (null means no body, as for 204).
 */
final class ApiResponse
{
    /** @param array<string, mixed>|null $body */
    public function __construct(
        public readonly int $status,
        public readonly ?array $body,
    ) {
    }

    /** @param array<string, mixed> $body */
    public static function json(int $status, array $body): self
    {
        return new self($status, $body);
    }

    public static function noContent(): self
    {
        return new self(204, null);
    }
}
