<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Sso;

use Pteroca\PterodactylAddon\Support\Clock;
use Pteroca\PterodactylAddon\Support\SystemClock;

/**
 * Decides a `POST /pteroca/authorize` request following the SSO contract
 * (docs/sso-contract.md in the repository): the checks run in the contract's order and the
 * first failure wins.
 */
final class SsoAuthorizer
{
    /** How far `iat` may lie in the future (clock drift between the two hosts). */
    public const MAX_ISSUED_AT_DRIFT = 60;
    /** Longest lifetime (`exp - iat`) a token may claim. */
    public const MAX_LIFETIME = 300;

    public function __construct(
        private readonly SsoSettings $settings,
        private readonly SsoAccounts $accounts,
        private readonly ReplayGuard $replayGuard,
        private readonly Clock $clock = new SystemClock(),
        private readonly Hs256Verifier $verifier = new Hs256Verifier(),
        private readonly RedirectSanitizer $redirects = new RedirectSanitizer(),
    ) {
    }

    /**
     * @param mixed $token    the `pteroca_sso_token` form field
     * @param mixed $redirect the `pteroca_sso_redirect` form field
     * @throws SsoRefusal
     */
    public function authorize(mixed $token, mixed $redirect): SsoGrant
    {
        // 1. configured
        if (!$this->settings->isConfigured()) {
            throw SsoRefusal::notConfigured();
        }
        // 2. signature
        $claims = $this->verifiedClaims($token);
        // 3. lifetime
        $expiresAt = $this->checkLifetime($claims);
        // 4. issuer and audience
        $this->checkIssuerAndAudience($claims);
        // 5. single use
        $tokenId = $this->claimFirstUse($claims, $expiresAt);
        // 6. user exists
        $account = $this->account($claims);
        // 7. account kind allowed
        $this->checkAccountAllowed($account);

        // 8. where to land
        return new SsoGrant($account->id, $this->redirects->clean($redirect), $tokenId);
    }

    /** @return array<string, mixed> */
    private function verifiedClaims(mixed $token): array
    {
        if (!is_string($token) || $token === '') {
            throw SsoRefusal::invalidToken('no token in the request');
        }
        try {
            return $this->verifier->verify($token, $this->settings->secret);
        } catch (InvalidToken $e) {
            throw SsoRefusal::invalidToken($e->getMessage());
        }
    }

    /** @param array<string, mixed> $claims */
    private function checkLifetime(array $claims): int
    {
        $now = $this->clock->now();
        $expiresAt = self::timestamp($claims, 'exp');
        if ($expiresAt === null) {
            throw SsoRefusal::invalidToken('exp missing or not a number');
        }
        if ($expiresAt <= $now) {
            throw SsoRefusal::invalidToken('token expired');
        }
        $issuedAt = self::timestamp($claims, 'iat');
        if ($issuedAt === null) {
            throw SsoRefusal::invalidToken('iat missing or not a number');
        }
        if ($issuedAt > $now + self::MAX_ISSUED_AT_DRIFT) {
            throw SsoRefusal::invalidToken('iat too far in the future');
        }
        if ($expiresAt - $issuedAt > self::MAX_LIFETIME) {
            throw SsoRefusal::invalidToken('lifetime (exp - iat) longer than ' . self::MAX_LIFETIME . ' s');
        }

        return $expiresAt;
    }

    /** @param array<string, mixed> $claims */
    private function checkIssuerAndAudience(array $claims): void
    {
        if ($this->settings->issuer === '') {
            throw SsoRefusal::invalidToken('PTEROCA_SSO_ISSUER is not set, so no issuer can be trusted');
        }
        if (!self::sameUrl($claims['iss'] ?? null, $this->settings->issuer)) {
            throw SsoRefusal::invalidToken('iss does not match PTEROCA_SSO_ISSUER');
        }
        if ($this->settings->audience === '') {
            throw SsoRefusal::invalidToken('neither PTEROCA_SSO_AUDIENCE nor APP_URL is set');
        }
        if (!self::sameUrl($claims['aud'] ?? null, $this->settings->audience)) {
            throw SsoRefusal::invalidToken('aud does not match PTEROCA_SSO_AUDIENCE');
        }
    }

    /** @param array<string, mixed> $claims */
    private function claimFirstUse(array $claims, int $expiresAt): string
    {
        $tokenId = $claims['jti'] ?? null;
        if (!is_string($tokenId) || $tokenId === '') {
            throw SsoRefusal::invalidToken('jti missing');
        }
        if (!$this->replayGuard->firstUse($tokenId, $expiresAt)) {
            throw SsoRefusal::invalidToken('token already used (replay)');
        }

        return $tokenId;
    }

    /** @param array<string, mixed> $claims */
    private function account(array $claims): SsoAccount
    {
        $user = $claims['user'] ?? null;
        $id = is_array($user) ? ($user['id'] ?? null) : null;
        if (is_string($id) && preg_match('/^[1-9]\d{0,17}$/', $id) === 1) {
            $id = (int) $id;
        }
        if (!is_int($id) || $id < 1) {
            throw SsoRefusal::userNotFound('user.id missing or not a positive integer');
        }
        $account = $this->accounts->find($id);
        if ($account === null) {
            throw SsoRefusal::userNotFound("no user with id $id");
        }

        return $account;
    }

    private function checkAccountAllowed(SsoAccount $account): void
    {
        if ($account->isRootAdmin && !$this->settings->allowRootAdmin) {
            throw SsoRefusal::forbidden(
                'Root administrators cannot sign in through PteroCA',
                "user $account->id is a root admin and PTEROCA_SSO_ALLOW_ROOT_ADMIN is off",
            );
        }
        if ($account->usesTwoFactor && !$this->settings->allowTwoFactorUsers) {
            throw SsoRefusal::forbidden(
                'Accounts with two-factor authentication cannot sign in through PteroCA',
                "user $account->id uses 2FA and PTEROCA_SSO_ALLOW_2FA_USERS is off",
            );
        }
    }

    /**
     * NumericDate per RFC 7519; fractions are cut off. Strings and booleans are not dates.
     *
     * @param array<string, mixed> $claims
     */
    private static function timestamp(array $claims, string $name): ?int
    {
        $value = $claims[$name] ?? null;
        if (is_int($value)) {
            return $value;
        }
        if (is_float($value) && is_finite($value) && abs($value) < 1e15) {
            return (int) floor($value);
        }

        return null;
    }

    private static function sameUrl(mixed $claimed, string $expected): bool
    {
        return is_string($claimed) && rtrim($claimed, '/') === rtrim($expected, '/');
    }
}
