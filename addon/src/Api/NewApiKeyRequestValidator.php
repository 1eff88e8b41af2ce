<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Api;

/**
 * Validates the body of a key creation request. Limits follow Pterodactyl's own
 * client-key rules (memo up to 500 characters, IPs or CIDR ranges, at most 50).
 */
final class NewApiKeyRequestValidator
{
    public const DEFAULT_DESCRIPTION = 'PteroCA';
    public const MAX_DESCRIPTION_LENGTH = 500;
    public const MAX_ALLOWED_IPS = 50;

    /**
     * @param array<mixed> $body the decoded JSON body
     * @return NewApiKeyRequest|non-empty-list<ValidationViolation>
     */
    public function validate(array $body): NewApiKeyRequest|array
    {
        $violations = [];
        $description = $this->description($body['description'] ?? null, $violations);
        $allowedIps = $this->allowedIps($body['allowed_ips'] ?? null, $violations);

        if ($violations !== []) {
            return $violations;
        }

        return new NewApiKeyRequest($description, $allowedIps);
    }

    /** @param list<ValidationViolation> $violations */
    private function description(mixed $value, array &$violations): string
    {
        if ($value === null) {
            return self::DEFAULT_DESCRIPTION;
        }
        if (!is_string($value)) {
            $violations[] = new ValidationViolation('description', 'string', 'The description must be a string.');

            return '';
        }
        $value = trim($value);
        if ($value === '') {
            return self::DEFAULT_DESCRIPTION;
        }
        if (mb_strlen($value) > self::MAX_DESCRIPTION_LENGTH) {
            $violations[] = new ValidationViolation(
                'description',
                'max',
                sprintf('The description may not be greater than %d characters.', self::MAX_DESCRIPTION_LENGTH),
            );
        }

        return $value;
    }

    /**
     * @param list<ValidationViolation> $violations
     * @return list<string>
     */
    private function allowedIps(mixed $value, array &$violations): array
    {
        if ($value === null) {
            return [];
        }
        if (!is_array($value) || !array_is_list($value)) {
            $violations[] = new ValidationViolation('allowed_ips', 'array', 'The allowed ips must be an array.');

            return [];
        }
        if (count($value) > self::MAX_ALLOWED_IPS) {
            $violations[] = new ValidationViolation(
                'allowed_ips',
                'max',
                sprintf('The allowed ips may not have more than %d items.', self::MAX_ALLOWED_IPS),
            );

            return [];
        }

        $ips = [];
        foreach ($value as $index => $entry) {
            if (!is_string($entry) || !self::isIpOrCidr(trim($entry))) {
                $violations[] = new ValidationViolation(
                    "allowed_ips.$index",
                    'ip',
                    "The allowed_ips.$index must be a valid IP address or CIDR range.",
                );
                continue;
            }
            $ips[] = trim($entry);
        }

        return array_values(array_unique($ips));
    }

    public static function isIpOrCidr(string $value): bool
    {
        $parts = explode('/', $value);
        if (count($parts) > 2 || filter_var($parts[0], FILTER_VALIDATE_IP) === false) {
            return false;
        }
        if (count($parts) === 1) {
            return true;
        }
        $maxPrefix = str_contains($parts[0], ':') ? 128 : 32;

        return preg_match('/^\d{1,3}$/', $parts[1]) === 1 && (int) $parts[1] <= $maxPrefix;
    }
}
