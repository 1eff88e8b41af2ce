<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Sso;

use RuntimeException;

/**
 * A refused SSO attempt. The message is what the browser sees in {"error": "..."};
 * the reason is for the log only, so a caller cannot learn which check failed.
 */
final class SsoRefusal extends RuntimeException
{
    public const INVALID_TOKEN = 'Invalid token';

    private function __construct(
        public readonly int $status,
        string $publicMessage,
        public readonly string $reason,
    ) {
        parent::__construct($publicMessage);
    }

    public static function notConfigured(): self
    {
        return new self(503, 'SSO not configured', 'PTEROCA_SSO_SECRET is not set');
    }

    public static function invalidToken(string $reason): self
    {
        return new self(401, self::INVALID_TOKEN, $reason);
    }

    public static function userNotFound(string $reason): self
    {
        return new self(404, 'User not found', $reason);
    }

    public static function forbidden(string $publicMessage, string $reason): self
    {
        return new self(403, $publicMessage, $reason);
    }

    /** @return array{error: string} */
    public function body(): array
    {
        return ['error' => $this->getMessage()];
    }
}
