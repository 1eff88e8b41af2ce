<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Sso;

/** The `pteroca.sso` configuration (see config/pteroca.php). */
final class SsoSettings
{
    public function __construct(
        public readonly string $secret,
        public readonly string $issuer,
        public readonly string $audience,
        public readonly bool $allowRootAdmin = false,
        public readonly bool $allowTwoFactorUsers = false,
    ) {
    }

    /** @param array<string, mixed> $config */
    public static function fromConfig(array $config): self
    {
        return new self(
            self::string($config['secret'] ?? null),
            self::string($config['issuer'] ?? null),
            self::string($config['audience'] ?? null),
            self::flag($config['allow_root_admin'] ?? false),
            self::flag($config['allow_2fa_users'] ?? false),
        );
    }

    public function isConfigured(): bool
    {
        return $this->secret !== '';
    }

    private static function string(mixed $value): string
    {
        return is_string($value) ? trim($value) : '';
    }

    /** Only an explicit yes turns a switch on; anything unclear stays off. */
    private static function flag(mixed $value): bool
    {
        return filter_var($value, FILTER_VALIDATE_BOOLEAN, FILTER_NULL_ON_FAILURE) === true;
    }
}
