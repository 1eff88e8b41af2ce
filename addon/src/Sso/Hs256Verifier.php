<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Sso;

use JsonException;

/**
 * Verifies a compact JWS signed with HMAC-SHA256 and returns its claims.
 * Only HS256 is accepted, whatever the header asks for, so "none" or an
 * algorithm switch cannot bypass the signature.
 */
final class Hs256Verifier
{
    /** Tokens from the panel are a few hundred bytes; refuse to parse anything huge. */
    public const MAX_TOKEN_LENGTH = 8192;

    /**
     * @return array<string, mixed> the claims
     * @throws InvalidToken
     */
    public function verify(string $token, string $secret): array
    {
        if ($secret === '') {
            throw new InvalidToken('no secret to verify with');
        }
        if (strlen($token) > self::MAX_TOKEN_LENGTH) {
            throw new InvalidToken('token too long');
        }
        $segments = explode('.', $token);
        if (count($segments) !== 3) {
            throw new InvalidToken('not a compact JWS (expected three segments)');
        }
        [$encodedHeader, $encodedPayload, $encodedSignature] = $segments;

        $header = self::decodeJsonObject($encodedHeader, 'header');
        if (($header['alg'] ?? null) !== 'HS256') {
            throw new InvalidToken('alg is not HS256');
        }
        // RFC 7515 §4.1.11: extensions we do not understand must make the token invalid.
        if (array_key_exists('crit', $header)) {
            throw new InvalidToken('unsupported crit header');
        }

        $signature = self::base64UrlDecode($encodedSignature, 'signature');
        $expected = hash_hmac('sha256', $encodedHeader . '.' . $encodedPayload, $secret, true);
        if (!hash_equals($expected, $signature)) {
            throw new InvalidToken('signature mismatch');
        }

        return self::decodeJsonObject($encodedPayload, 'payload');
    }

    /** @return array<string, mixed> */
    private static function decodeJsonObject(string $segment, string $name): array
    {
        $json = self::base64UrlDecode($segment, $name);
        if (!str_starts_with(ltrim($json), '{')) {
            throw new InvalidToken("$name is not a JSON object");
        }
        try {
            $decoded = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
        } catch (JsonException) {
            throw new InvalidToken("$name is not valid JSON");
        }
        if (!is_array($decoded)) {
            throw new InvalidToken("$name is not a JSON object");
        }

        return $decoded;
    }

    private static function base64UrlDecode(string $segment, string $name): string
    {
        if ($segment === '' || preg_match('/^[A-Za-z0-9_-]+$/', $segment) !== 1 || strlen($segment) % 4 === 1) {
            throw new InvalidToken("$name is not base64url");
        }
        $decoded = base64_decode(strtr($segment, '-_', '+/'), true);
        if ($decoded === false) {
            throw new InvalidToken("$name is not base64url");
        }

        return $decoded;
    }
}
