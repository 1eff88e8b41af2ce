<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Support;

/** Builds compact JWS strings the way any HS256 library would, for test input. */
final class Jwt
{
    /**
     * @param array<string, mixed> $claims
     * @param array<string, mixed> $header
     */
    public static function hs256(array $claims, string $secret, array $header = ['alg' => 'HS256', 'typ' => 'JWT']): string
    {
        $signingInput = self::encode(self::json($header)) . '.' . self::encode(self::json($claims));

        return $signingInput . '.' . self::encode(hash_hmac('sha256', $signingInput, $secret, true));
    }

    /** @param array<string, mixed> $claims */
    public static function unsigned(array $claims, array $header = ['alg' => 'none', 'typ' => 'JWT']): string
    {
        return self::encode(self::json($header)) . '.' . self::encode(self::json($claims)) . '.';
    }

    public static function encode(string $bytes): string
    {
        return rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=');
    }

    /** @param array<string, mixed> $data */
    private static function json(array $data): string
    {
        return json_encode($data, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES);
    }
}
