<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Unit\Sso;

use PHPUnit\Framework\TestCase;
use Pteroca\PterodactylAddon\Sso\Hs256Verifier;
use Pteroca\PterodactylAddon\Sso\InvalidToken;
use Pteroca\PterodactylAddon\Tests\Support\Jwt;

final class Hs256VerifierTest extends TestCase
{
    private const SECRET = 'a-shared-secret-of-sufficient-length-0123456789abcdef';

    public function testReturnsTheClaimsOfACorrectlySignedToken(): void
    {
        $claims = ['iss' => 'https://billing.example', 'user' => ['id' => 7]];

        self::assertSame($claims, (new Hs256Verifier())->verify(Jwt::hs256($claims, self::SECRET), self::SECRET));
    }

    public function testAcceptsAHeaderWithoutTyp(): void
    {
        $token = Jwt::hs256(['a' => 1], self::SECRET, ['alg' => 'HS256']);

        self::assertSame(['a' => 1], (new Hs256Verifier())->verify($token, self::SECRET));
    }

    public function testRefusesATokenSignedWithAnotherSecret(): void
    {
        $this->assertRefused(Jwt::hs256(['a' => 1], 'another-secret'), 'signature mismatch');
    }

    public function testRefusesATokenWhosePayloadWasChangedAfterSigning(): void
    {
        [$header, , $signature] = explode('.', Jwt::hs256(['user' => ['id' => 2]], self::SECRET));
        $forged = $header . '.' . Jwt::encode('{"user":{"id":1}}') . '.' . $signature;

        $this->assertRefused($forged, 'signature mismatch');
    }

    public function testRefusesAlgNoneWithoutSignature(): void
    {
        $this->assertRefused(Jwt::unsigned(['user' => ['id' => 1]]), 'alg is not HS256');
    }

    public function testRefusesAlgNoneEvenWithAValidHs256Signature(): void
    {
        $token = Jwt::hs256(['a' => 1], self::SECRET, ['alg' => 'none']);

        $this->assertRefused($token, 'alg is not HS256');
    }

    /** @dataProvider otherAlgorithms */
    public function testRefusesEveryAlgorithmButHs256(mixed $alg): void
    {
        $this->assertRefused(Jwt::hs256(['a' => 1], self::SECRET, ['alg' => $alg]), 'alg is not HS256');
    }

    /** @return iterable<string, array{mixed}> */
    public static function otherAlgorithms(): iterable
    {
        yield 'HS512' => ['HS512'];
        yield 'HS384' => ['HS384'];
        yield 'RS256 (key confusion)' => ['RS256'];
        yield 'lower-case hs256' => ['hs256'];
        yield 'NONE' => ['NONE'];
        yield 'empty' => [''];
        yield 'array' => [['HS256']];
        yield 'null' => [null];
    }

    public function testRefusesAHeaderWithoutAlg(): void
    {
        $this->assertRefused(Jwt::hs256(['a' => 1], self::SECRET, ['typ' => 'JWT']), 'alg is not HS256');
    }

    public function testRefusesCriticalHeaderExtensions(): void
    {
        $token = Jwt::hs256(['a' => 1], self::SECRET, ['alg' => 'HS256', 'crit' => ['exp'], 'exp' => 1]);

        $this->assertRefused($token, 'unsupported crit header');
    }

    /** @dataProvider malformedTokens */
    public function testRefusesMalformedTokens(string $token): void
    {
        $this->expectException(InvalidToken::class);

        (new Hs256Verifier())->verify($token, self::SECRET);
    }

    /** @return iterable<string, array{string}> */
    public static function malformedTokens(): iterable
    {
        $valid = Jwt::hs256(['a' => 1], self::SECRET);
        [$header, $payload, $signature] = explode('.', $valid);

        yield 'empty' => [''];
        yield 'one segment' => ['abc'];
        yield 'two segments' => [$header . '.' . $payload];
        yield 'four segments' => [$valid . '.x'];
        yield 'empty signature' => [$header . '.' . $payload . '.'];
        yield 'standard base64 characters' => [$header . '.' . $payload . '.' . strtr($signature, '-_', '+/') . '+/'];
        yield 'padding' => [$header . '.' . $payload . '.' . $signature . '='];
        yield 'signature with an extra byte' => [$header . '.' . $payload . '.' . $signature . 'A'];
        yield 'header not JSON' => [Jwt::encode('not json') . '.' . $payload . '.' . $signature];
        yield 'header JSON string' => [Jwt::encode('"HS256"') . '.' . $payload . '.' . $signature];
        yield 'payload JSON list' => [self::signed($header, Jwt::encode('[1,2]'))];
        yield 'payload JSON scalar' => [self::signed($header, Jwt::encode('42'))];
        yield 'payload not JSON' => [self::signed($header, Jwt::encode('{"a":'))];
        yield 'payload too deeply nested' => [self::signed($header, Jwt::encode(str_repeat('{"a":', 40) . '1' . str_repeat('}', 40)))];
        yield 'oversized' => [$header . '.' . str_repeat('A', Hs256Verifier::MAX_TOKEN_LENGTH) . '.' . $signature];
        yield 'whitespace around' => [' ' . $valid . ' '];
    }

    public function testRefusesToVerifyWithAnEmptySecret(): void
    {
        $this->expectException(InvalidToken::class);

        (new Hs256Verifier())->verify(Jwt::hs256(['a' => 1], ''), '');
    }

    private static function signed(string $header, string $payload): string
    {
        return $header . '.' . $payload . '.' . Jwt::encode(hash_hmac('sha256', $header . '.' . $payload, self::SECRET, true));
    }

    private function assertRefused(string $token, string $reason): void
    {
        try {
            (new Hs256Verifier())->verify($token, self::SECRET);
            self::fail('The token was accepted.');
        } catch (InvalidToken $e) {
            self::assertSame($reason, $e->getMessage());
        }
    }
}
