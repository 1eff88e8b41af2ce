<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Unit\Sso;

use PHPUnit\Framework\TestCase;
use Pteroca\PterodactylAddon\Sso\InMemoryReplayGuard;
use Pteroca\PterodactylAddon\Sso\ReplayGuard;
use Pteroca\PterodactylAddon\Sso\SsoAccount;
use Pteroca\PterodactylAddon\Sso\SsoAuthorizer;
use Pteroca\PterodactylAddon\Sso\SsoGrant;
use Pteroca\PterodactylAddon\Sso\SsoRefusal;
use Pteroca\PterodactylAddon\Sso\SsoSettings;
use Pteroca\PterodactylAddon\Tests\Support\FixedClock;
use Pteroca\PterodactylAddon\Tests\Support\InMemorySsoAccounts;
use Pteroca\PterodactylAddon\Tests\Support\Jwt;

/**
 * The SSO contract (docs/sso-contract.md), check by check and in its order. The Pelican
 * plugin's suite runs every case again with accounts read from Pelican's users.
 */
class SsoAuthorizerTest extends TestCase
{
    private const SECRET = '5f1c0a9e7b3d4c2a8e6f0b1d3c5a7e9f2b4d6f8a0c2e4a6c8e0a2c4e6a8c0e2a';
    private const ISSUER = 'https://billing.example';
    private const AUDIENCE = 'https://panel.example';
    private const NOW = 1_790_000_000;

    protected const PLAYER = 3;
    protected const ROOT_ADMIN = 1;
    protected const TWO_FACTOR_USER = 4;

    private InMemorySsoAccounts $accounts;
    private InMemoryReplayGuard $replayGuard;
    private FixedClock $clock;

    protected function setUp(): void
    {
        $this->accounts = $this->knownAccounts();
        $this->replayGuard = new InMemoryReplayGuard();
        $this->clock = new FixedClock(self::NOW);
    }

    /** A player, a root admin and a user with two-factor authentication. */
    protected function knownAccounts(): InMemorySsoAccounts
    {
        return (new InMemorySsoAccounts())
            ->add(new SsoAccount(self::PLAYER, false, false))
            ->add(new SsoAccount(self::ROOT_ADMIN, true, false))
            ->add(new SsoAccount(self::TWO_FACTOR_USER, false, true));
    }

    // --- success -------------------------------------------------------------------------

    public function testAValidTokenLogsTheUserInAndKeepsARelativeRedirect(): void
    {
        $grant = $this->authorize($this->token(), '/server/1a2b3c4d');

        self::assertEquals(new SsoGrant(self::PLAYER, '/server/1a2b3c4d', 'jti-1'), $grant);
    }

    public function testTheRedirectDefaultsToTheRoot(): void
    {
        self::assertSame('/', $this->authorize($this->token(), null)->redirectPath);
    }

    // --- 1. configured -------------------------------------------------------------------

    public function testWithoutASecretEveryRequestIs503SsoNotConfigured(): void
    {
        $settings = new SsoSettings('', self::ISSUER, self::AUDIENCE);

        $this->assertRefusal(503, 'SSO not configured', fn () => $this->authorizer($settings)->authorize($this->token(), '/'));
        $this->assertRefusal(503, 'SSO not configured', fn () => $this->authorizer($settings)->authorize(null, '/'));
    }

    public function testATokenSignedWithTheEmptySecretIsNotAcceptedWhenSsoIsOff(): void
    {
        $settings = new SsoSettings('', self::ISSUER, self::AUDIENCE);
        $token = Jwt::hs256($this->claims(), '');

        $this->assertRefusal(503, 'SSO not configured', fn () => $this->authorizer($settings)->authorize($token, '/'));
    }

    // --- 2. signature --------------------------------------------------------------------

    /** @dataProvider missingTokens */
    public function testAMissingTokenIs401(mixed $token): void
    {
        $this->assertInvalidToken($token, 'no token in the request');
    }

    /** @return iterable<string, array{mixed}> */
    public static function missingTokens(): iterable
    {
        yield 'absent' => [null];
        yield 'empty' => [''];
        yield 'array field (pteroca_sso_token[]=…)' => [['x']];
    }

    public function testABadSignatureIs401(): void
    {
        $this->assertInvalidToken(Jwt::hs256($this->claims(), 'not-the-shared-secret'), 'signature mismatch');
    }

    public function testAnUnsignedAlgNoneTokenIs401(): void
    {
        $this->assertInvalidToken(Jwt::unsigned($this->claims()), 'alg is not HS256');
    }

    public function testAnotherAlgorithmIs401(): void
    {
        $token = Jwt::hs256($this->claims(), self::SECRET, ['alg' => 'HS512', 'typ' => 'JWT']);

        $this->assertInvalidToken($token, 'alg is not HS256');
    }

    // --- 3. lifetime ---------------------------------------------------------------------

    public function testATokenWithoutExpIs401(): void
    {
        // The original addon accepted such a token forever.
        $this->assertInvalidToken($this->token(['exp' => null]), 'exp missing or not a number');
    }

    public function testAnExpiredTokenIs401(): void
    {
        $this->assertInvalidToken($this->token(['iat' => self::NOW - 61, 'exp' => self::NOW - 1]), 'token expired');
    }

    public function testATokenExpiringThisSecondIs401(): void
    {
        $this->assertInvalidToken($this->token(['iat' => self::NOW - 60, 'exp' => self::NOW]), 'token expired');
    }

    /** @dataProvider notNumericDates */
    public function testExpMustBeANumber(mixed $exp): void
    {
        $this->assertInvalidToken($this->token(['exp' => $exp]), 'exp missing or not a number');
    }

    /** @return iterable<string, array{mixed}> */
    public static function notNumericDates(): iterable
    {
        yield 'numeric string' => [(string) (self::NOW + 60)];
        yield 'boolean' => [true];
        yield 'object' => [['t' => self::NOW + 60]];
    }

    public function testAFractionalExpIsANumericDate(): void
    {
        self::assertSame(self::PLAYER, $this->authorize($this->token(['exp' => self::NOW + 59.5]), '/')->userId);
    }

    public function testATokenWithoutIatIs401(): void
    {
        $this->assertInvalidToken($this->token(['iat' => null]), 'iat missing or not a number');
    }

    public function testIatMayBeUpTo60SecondsAhead(): void
    {
        $token = $this->token(['iat' => self::NOW + 60, 'exp' => self::NOW + 120]);

        self::assertSame(self::PLAYER, $this->authorize($token, '/')->userId);
    }

    public function testIatMoreThan60SecondsAheadIs401(): void
    {
        $this->assertInvalidToken($this->token(['iat' => self::NOW + 61, 'exp' => self::NOW + 121]), 'iat too far in the future');
    }

    public function testALifetimeOf300SecondsIsAccepted(): void
    {
        $token = $this->token(['iat' => self::NOW, 'exp' => self::NOW + 300]);

        self::assertSame(self::PLAYER, $this->authorize($token, '/')->userId);
    }

    public function testALifetimeOverLongerThan300SecondsIs401(): void
    {
        $this->assertInvalidToken(
            $this->token(['iat' => self::NOW, 'exp' => self::NOW + 301]),
            'lifetime (exp - iat) longer than 300 s',
        );
    }

    public function testAFarFutureExpIsRefusedEvenWithAnOldIat(): void
    {
        $this->assertInvalidToken(
            $this->token(['iat' => self::NOW - 10, 'exp' => self::NOW + 86_400]),
            'lifetime (exp - iat) longer than 300 s',
        );
    }

    // --- 4. issuer and audience ----------------------------------------------------------

    public function testAnotherIssuerIs401(): void
    {
        // The original addon did not look at iss at all.
        $this->assertInvalidToken($this->token(['iss' => 'https://evil.example']), 'iss does not match PTEROCA_SSO_ISSUER');
    }

    public function testAMissingIssuerIs401(): void
    {
        $this->assertInvalidToken($this->token(['iss' => null]), 'iss does not match PTEROCA_SSO_ISSUER');
    }

    public function testAnUnsetIssuerSettingRefusesEveryToken(): void
    {
        $settings = new SsoSettings(self::SECRET, '', self::AUDIENCE);

        $this->assertRefusal(401, 'Invalid token', fn () => $this->authorizer($settings)->authorize($this->token(), '/'));
    }

    public function testAnotherAudienceIs401(): void
    {
        // A token minted for another Pterodactyl panel sharing the secret must not work here.
        $this->assertInvalidToken($this->token(['aud' => 'https://other-panel.example']), 'aud does not match PTEROCA_SSO_AUDIENCE');
    }

    public function testAnAudienceListIsNotAnAudience(): void
    {
        $this->assertInvalidToken($this->token(['aud' => [self::AUDIENCE]]), 'aud does not match PTEROCA_SSO_AUDIENCE');
    }

    public function testAnUnsetAudienceRefusesEveryToken(): void
    {
        $settings = new SsoSettings(self::SECRET, self::ISSUER, '');

        $this->assertRefusal(401, 'Invalid token', fn () => $this->authorizer($settings)->authorize($this->token(), '/'));
    }

    public function testTrailingSlashesAreIgnoredOnBothSides(): void
    {
        $settings = new SsoSettings(self::SECRET, self::ISSUER . '/', self::AUDIENCE);
        $token = $this->token(['iss' => self::ISSUER, 'aud' => self::AUDIENCE . '/']);

        self::assertSame(self::PLAYER, $this->authorizer($settings)->authorize($token, '/')->userId);
    }

    public function testIssuerComparisonIsOtherwiseExact(): void
    {
        $this->assertInvalidToken($this->token(['iss' => self::ISSUER . '/billing']), 'iss does not match PTEROCA_SSO_ISSUER');
        $this->assertInvalidToken($this->token(['iss' => 'http://billing.example']), 'iss does not match PTEROCA_SSO_ISSUER');
    }

    // --- 5. single use -------------------------------------------------------------------

    public function testATokenWithoutJtiIs401(): void
    {
        $this->assertInvalidToken($this->token(['jti' => null]), 'jti missing');
        $this->assertInvalidToken($this->token(['jti' => '']), 'jti missing');
        $this->assertInvalidToken($this->token(['jti' => 12345]), 'jti missing');
    }

    public function testAReplayedTokenIs401(): void
    {
        // The original addon logged the same token in again and again until it expired.
        $token = $this->token();
        $this->authorize($token, '/');

        $this->assertInvalidToken($token, 'token already used (replay)');
    }

    public function testAnotherTokenIdIsStillAccepted(): void
    {
        $this->authorize($this->token(['jti' => 'first']), '/');

        self::assertSame(self::PLAYER, $this->authorize($this->token(['jti' => 'second']), '/')->userId);
    }

    public function testTheTokenIdIsRememberedUntilTheTokenExpires(): void
    {
        $guard = new class () implements ReplayGuard {
            /** @var array<string, int> */
            public array $calls = [];

            public function firstUse(string $tokenId, int $expiresAt): bool
            {
                $this->calls[$tokenId] = $expiresAt;

                return true;
            }
        };
        $authorizer = new SsoAuthorizer($this->settings(), $this->accounts, $guard, $this->clock);

        $authorizer->authorize($this->token(['jti' => 'abc', 'exp' => self::NOW + 45]), '/');

        self::assertSame(['abc' => self::NOW + 45], $guard->calls);
    }

    // --- 6. user -------------------------------------------------------------------------

    public function testAnUnknownUserIs404(): void
    {
        $this->assertRefusal(404, 'User not found', fn () => $this->authorize($this->token(['user' => ['id' => 999]]), '/'));
    }

    /** @dataProvider malformedUserClaims */
    public function testAUserClaimThatNamesNoUserIs404(mixed $user): void
    {
        $this->assertRefusal(404, 'User not found', fn () => $this->authorize($this->token(['user' => $user]), '/'));
    }

    /** @return iterable<string, array{mixed}> */
    public static function malformedUserClaims(): iterable
    {
        yield 'missing' => [null];
        yield 'bare id' => [3];
        yield 'no id' => [['uuid' => 'x']];
        yield 'zero' => [['id' => 0]];
        yield 'negative' => [['id' => -3]];
        yield 'not a number' => [['id' => '3 OR 1=1']];
    }

    public function testAUserIdSentAsADecimalStringIsAccepted(): void
    {
        self::assertSame(self::PLAYER, $this->authorize($this->token(['user' => ['id' => '3']]), '/')->userId);
    }

    // --- 7. kind of account --------------------------------------------------------------

    public function testARootAdminIs403ByDefault(): void
    {
        $this->assertRefusal(
            403,
            'Root administrators cannot sign in through PteroCA',
            fn () => $this->authorize($this->token(['user' => ['id' => self::ROOT_ADMIN]]), '/'),
        );
    }

    public function testARootAdminMayLogInWhenAllowed(): void
    {
        $settings = new SsoSettings(self::SECRET, self::ISSUER, self::AUDIENCE, allowRootAdmin: true);
        $token = $this->token(['user' => ['id' => self::ROOT_ADMIN]]);

        self::assertSame(self::ROOT_ADMIN, $this->authorizer($settings)->authorize($token, '/')->userId);
    }

    public function testATwoFactorUserIs403ByDefault(): void
    {
        $this->assertRefusal(
            403,
            'Accounts with two-factor authentication cannot sign in through PteroCA',
            fn () => $this->authorize($this->token(['user' => ['id' => self::TWO_FACTOR_USER]]), '/'),
        );
    }

    public function testATwoFactorUserMayLogInWhenAllowed(): void
    {
        $settings = new SsoSettings(self::SECRET, self::ISSUER, self::AUDIENCE, allowTwoFactorUsers: true);
        $token = $this->token(['user' => ['id' => self::TWO_FACTOR_USER]]);

        self::assertSame(self::TWO_FACTOR_USER, $this->authorizer($settings)->authorize($token, '/')->userId);
    }

    public function testTheRootAdminSwitchDoesNotLetTwoFactorUsersIn(): void
    {
        $settings = new SsoSettings(self::SECRET, self::ISSUER, self::AUDIENCE, allowRootAdmin: true);
        $token = $this->token(['user' => ['id' => self::TWO_FACTOR_USER]]);

        $this->assertRefusal(403, 'Accounts with two-factor authentication cannot sign in through PteroCA', fn () => $this->authorizer($settings)->authorize($token, '/'));
    }

    // --- 8. redirect ---------------------------------------------------------------------

    public function testAnAbsoluteRedirectIsReplacedByTheRoot(): void
    {
        // The original addon redirected to https://evil.example/phish.
        self::assertSame('/', $this->authorize($this->token(), 'https://evil.example/phish')->redirectPath);
    }

    public function testAProtocolRelativeRedirectIsReplacedByTheRoot(): void
    {
        self::assertSame('/', $this->authorize($this->token(), '//evil.example/phish')->redirectPath);
    }

    // --- order: the first failing check wins ---------------------------------------------

    public function testConfigurationIsCheckedBeforeTheToken(): void
    {
        $settings = new SsoSettings('', self::ISSUER, self::AUDIENCE);

        $this->assertRefusal(503, 'SSO not configured', fn () => $this->authorizer($settings)->authorize('garbage', '/'));
    }

    public function testSignatureIsCheckedBeforeLifetime(): void
    {
        $this->assertInvalidToken(Jwt::hs256($this->claims(['exp' => null]), 'wrong'), 'signature mismatch');
    }

    public function testLifetimeIsCheckedBeforeIssuer(): void
    {
        $this->assertInvalidToken($this->token(['exp' => self::NOW - 1, 'iss' => 'https://evil.example']), 'token expired');
    }

    public function testIssuerIsCheckedBeforeTheTokenIsSpent(): void
    {
        $claims = ['iss' => 'https://evil.example', 'jti' => 'shared-id'];
        $this->assertInvalidToken($this->token($claims), 'iss does not match PTEROCA_SSO_ISSUER');

        self::assertSame(self::PLAYER, $this->authorize($this->token(['jti' => 'shared-id']), '/')->userId);
    }

    public function testReplayIsCheckedBeforeTheUser(): void
    {
        $token = $this->token(['user' => ['id' => 999]]);
        $this->assertRefusal(404, 'User not found', fn () => $this->authorize($token, '/'));

        $this->assertInvalidToken($token, 'token already used (replay)');
    }

    public function testTheUserIsCheckedBeforeTheAccountKind(): void
    {
        $this->assertRefusal(404, 'User not found', fn () => $this->authorize($this->token(['user' => ['id' => 2]]), '/'));
    }

    public function testARefusedRootAdminTokenIsSpent(): void
    {
        $token = $this->token(['user' => ['id' => self::ROOT_ADMIN]]);
        $this->assertRefusal(403, 'Root administrators cannot sign in through PteroCA', fn () => $this->authorize($token, '/'));

        $this->assertInvalidToken($token, 'token already used (replay)');
    }

    // --- robustness ----------------------------------------------------------------------

    public function testGarbageNeverEscapesAsAnythingButARefusal(): void
    {
        mt_srand(1234);
        $inputs = ['.', '..', '...', 'a.b.c', "\0.\0.\0", str_repeat('.', 5000), '😀.😀.😀', 'eyJ.eyJ.eyJ'];
        for ($i = 0; $i < 200; $i++) {
            $inputs[] = Jwt::encode(random_bytes(mt_rand(1, 40))) . '.' . Jwt::encode(random_bytes(mt_rand(1, 80))) . '.' . Jwt::encode(random_bytes(32));
        }
        foreach ($inputs as $input) {
            try {
                $this->authorize($input, '/');
                self::fail('accepted garbage');
            } catch (SsoRefusal $refusal) {
                self::assertSame(401, $refusal->status);
            }
        }
    }

    public function testEveryRefusalBodyIsAnErrorObject(): void
    {
        try {
            $this->authorize('x', '/');
            self::fail('accepted');
        } catch (SsoRefusal $refusal) {
            self::assertSame(['error' => 'Invalid token'], $refusal->body());
        }
    }

    // --- helpers -------------------------------------------------------------------------

    /** @param array<string, mixed> $overrides null removes the claim */
    private function claims(array $overrides = []): array
    {
        $claims = array_merge([
            'iss' => self::ISSUER,
            'aud' => self::AUDIENCE,
            'iat' => self::NOW,
            'exp' => self::NOW + 60,
            'jti' => 'jti-1',
            'user' => ['id' => self::PLAYER],
        ], $overrides);

        return array_filter($claims, fn ($value) => $value !== null);
    }

    /** @param array<string, mixed> $overrides */
    private function token(array $overrides = []): string
    {
        return Jwt::hs256($this->claims($overrides), self::SECRET);
    }

    private function settings(): SsoSettings
    {
        return new SsoSettings(self::SECRET, self::ISSUER, self::AUDIENCE);
    }

    private function authorizer(?SsoSettings $settings = null): SsoAuthorizer
    {
        return new SsoAuthorizer($settings ?? $this->settings(), $this->accounts, $this->replayGuard, $this->clock);
    }

    private function authorize(mixed $token, mixed $redirect): SsoGrant
    {
        return $this->authorizer()->authorize($token, $redirect);
    }

    private function assertInvalidToken(mixed $token, string $reason): void
    {
        try {
            $this->authorize($token, '/');
            self::fail('The token was accepted.');
        } catch (SsoRefusal $refusal) {
            self::assertSame(401, $refusal->status);
            self::assertSame('Invalid token', $refusal->getMessage());
            self::assertSame($reason, $refusal->reason);
        }
    }

    private function assertRefusal(int $status, string $message, callable $attempt): void
    {
        try {
            $attempt();
            self::fail('The request was accepted.');
        } catch (SsoRefusal $refusal) {
            self::assertSame($status, $refusal->status, $refusal->reason);
            self::assertSame($message, $refusal->getMessage());
        }
    }
}
