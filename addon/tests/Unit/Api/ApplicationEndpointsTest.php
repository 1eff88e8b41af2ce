<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Unit\Api;

use PHPUnit\Framework\TestCase;
use Pteroca\PterodactylAddon\Api\ApplicationEndpoints;
use Pteroca\PterodactylAddon\Api\CallerKey;
use Pteroca\PterodactylAddon\Http\ApiResponse;
use Pteroca\PterodactylAddon\Tests\Support\InMemoryClientApiKeyStore;

/**
 * The addon's application API: GET/POST/DELETE /api/application/users/{user}/api-keys
 * and GET /api/application/pteroca/version.
 */
final class ApplicationEndpointsTest extends TestCase
{
    private const ADMIN = '1';
    private const PLAYER = '3';

    private InMemoryClientApiKeyStore $store;
    private ApplicationEndpoints $endpoints;

    protected function setUp(): void
    {
        $this->store = new InMemoryClientApiKeyStore([1, 3]);
        $this->endpoints = new ApplicationEndpoints($this->store);
    }

    private static function fullAccessKey(): CallerKey
    {
        return CallerKey::application(true, 3);
    }

    // --- who may call (H.3 items 1, 2 and 5) ---------------------------------------------

    public function testAClientKeyOfANonAdminCannotMintAKeyForAnAdmin(): void
    {
        // Recorded on the original addon: 200 and a working key for user 1 (privilege escalation).
        $response = $this->endpoints->createKey(CallerKey::account(false), self::ADMIN, ['description' => 'escalation probe']);

        $this->assertError($response, 403, 'AccessDeniedHttpException', 'This account does not have permission to access the API.');
        self::assertSame([], $this->store->keysOf(1));
    }

    public function testAClientKeyOfANonAdminCannotListAnAdminsKeys(): void
    {
        $response = $this->endpoints->listKeys(CallerKey::account(false), self::ADMIN);

        $this->assertError($response, 403, 'AccessDeniedHttpException', 'This account does not have permission to access the API.');
    }

    public function testAClientKeyEvenOfARootAdminIsRefusedEverywhere(): void
    {
        $caller = CallerKey::account(true);
        $detail = 'Only application API keys may use this endpoint.';

        $this->assertError($this->endpoints->listKeys($caller, self::PLAYER), 403, 'AccessDeniedHttpException', $detail);
        $this->assertError($this->endpoints->createKey($caller, self::PLAYER, []), 403, 'AccessDeniedHttpException', $detail);
        $this->assertError($this->endpoints->deleteKey($caller, self::PLAYER, 'ptlc_x'), 403, 'AccessDeniedHttpException', $detail);
        $this->assertError($this->endpoints->version($caller), 403, 'AccessDeniedHttpException', $detail);
    }

    public function testASessionWithoutAnApiKeyIsRefused(): void
    {
        self::assertSame(403, $this->endpoints->listKeys(CallerKey::none(true), self::PLAYER)->status);
        self::assertSame(403, $this->endpoints->version(CallerKey::none(true))->status);
    }

    public function testAnApplicationKeyOfAUserWhoIsNoLongerRootAdminIsRefused(): void
    {
        $caller = CallerKey::application(false, 3);
        $detail = 'This account does not have permission to access the API.';

        $this->assertError($this->endpoints->listKeys($caller, self::PLAYER), 403, 'AccessDeniedHttpException', $detail);
        $this->assertError($this->endpoints->createKey($caller, self::PLAYER, []), 403, 'AccessDeniedHttpException', $detail);
        $this->assertError($this->endpoints->deleteKey($caller, self::PLAYER, 'ptlc_x'), 403, 'AccessDeniedHttpException', $detail);
        $this->assertError($this->endpoints->version($caller), 403, 'AccessDeniedHttpException', $detail);
    }

    public function testAReadOnlyApplicationKeyCannotMintKeys(): void
    {
        $response = $this->endpoints->createKey(CallerKey::application(true, 1), self::ADMIN, []);

        $this->assertError($response, 403, 'AccessDeniedHttpException', 'This action is unauthorized.');
        self::assertSame([], $this->store->keysOf(1));
    }

    public function testAReadOnlyApplicationKeyCannotDeleteKeys(): void
    {
        $identifier = $this->createdIdentifier(self::PLAYER);

        $response = $this->endpoints->deleteKey(CallerKey::application(true, 1), self::PLAYER, $identifier);

        $this->assertError($response, 403, 'AccessDeniedHttpException', 'This action is unauthorized.');
        self::assertCount(1, $this->store->keysOf(3));
    }

    public function testAReadOnlyApplicationKeyMayList(): void
    {
        self::assertSame(200, $this->endpoints->listKeys(CallerKey::application(true, 1), self::PLAYER)->status);
    }

    public function testAnApplicationKeyWithoutUsersPermissionIsRefused(): void
    {
        $caller = CallerKey::application(true, 0);

        self::assertSame(403, $this->endpoints->listKeys($caller, self::PLAYER)->status);
        self::assertSame(403, $this->endpoints->createKey($caller, self::PLAYER, [])->status);
        self::assertSame(403, $this->endpoints->deleteKey($caller, self::PLAYER, 'ptlc_x')->status);
    }

    public function testPermissionsAreBitwiseSoWriteOnlyCannotRead(): void
    {
        $caller = CallerKey::application(true, 2);

        self::assertSame(403, $this->endpoints->listKeys($caller, self::PLAYER)->status);
        self::assertSame(201, $this->endpoints->createKey($caller, self::PLAYER, [])->status);
    }

    public function testPermissionIsCheckedBeforeTheUserExists(): void
    {
        // Otherwise a weak key could probe which user ids exist.
        self::assertSame(403, $this->endpoints->createKey(CallerKey::account(false), '999', [])->status);
        self::assertSame(403, $this->endpoints->listKeys(CallerKey::application(true, 0), '999')->status);
    }

    // --- version (H.3 item 5) ------------------------------------------------------------

    public function testVersionAnswersTheVersionAndCapabilities(): void
    {
        $response = $this->endpoints->version(CallerKey::application(true, 0));

        self::assertSame(200, $response->status);
        self::assertSame(['version' => '1.0.0', 'capabilities' => ['api-keys', 'sso']], $response->body);
    }

    // --- GET -----------------------------------------------------------------------------

    public function testListsTheUsersClientKeysInPterodactylsShape(): void
    {
        $this->endpoints->createKey(self::fullAccessKey(), self::PLAYER, ['description' => 'billing panel key']);

        $response = $this->endpoints->listKeys(self::fullAccessKey(), self::PLAYER);

        self::assertSame(200, $response->status);
        self::assertSame([
            'object' => 'list',
            'data' => [[
                'object' => 'api_key',
                'attributes' => [
                    'identifier' => 'ptlc_00000000001',
                    'description' => 'billing panel key',
                    'allowed_ips' => [],
                    'last_used_at' => null,
                    'created_at' => '2026-11-23T12:44:52+00:00',
                ],
            ]],
        ], $response->body);
        self::assertArrayNotHasKey('meta', $response->body['data'][0], 'a listing never shows secrets');
    }

    public function testListingAnUnknownUserIs404(): void
    {
        $this->assertNotFound($this->endpoints->listKeys(self::fullAccessKey(), '999'));
    }

    /** @dataProvider notUserIds */
    public function testARouteParameterThatIsNoUserIdIs404(string $user): void
    {
        $this->assertNotFound($this->endpoints->listKeys(self::fullAccessKey(), $user));
        $this->assertNotFound($this->endpoints->createKey(self::fullAccessKey(), $user, []));
        $this->assertNotFound($this->endpoints->deleteKey(self::fullAccessKey(), $user, 'ptlc_x'));
    }

    /** @return iterable<string, array{string}> */
    public static function notUserIds(): iterable
    {
        yield 'zero' => ['0'];
        yield 'leading zero' => ['03'];
        yield 'negative' => ['-3'];
        yield 'word' => ['admin'];
        yield 'too large' => ['99999999999999999999999'];
        yield 'injection' => ['3 or 1=1'];
    }

    // --- POST ----------------------------------------------------------------------------

    public function testCreatesAKeyWith201AndTheSecretOnce(): void
    {
        $response = $this->endpoints->createKey(self::fullAccessKey(), self::PLAYER, [
            'description' => 'PteroCA Client API Key',
            'allowed_ips' => ['198.51.100.23', '2001:db8::/32'],
        ]);

        self::assertSame(201, $response->status);
        self::assertSame('api_key', $response->body['object']);
        self::assertSame('ptlc_00000000001', $response->body['attributes']['identifier']);
        self::assertSame('PteroCA Client API Key', $response->body['attributes']['description']);
        self::assertSame(['198.51.100.23', '2001:db8::/32'], $response->body['attributes']['allowed_ips']);
        self::assertSame(str_repeat('s', 32), $response->body['meta']['secret_token']);
        self::assertCount(1, $this->store->keysOf(3));
    }

    public function testTheDescriptionDefaultsToPteroca(): void
    {
        $response = $this->endpoints->createKey(self::fullAccessKey(), self::PLAYER, []);

        self::assertSame(201, $response->status);
        self::assertSame('PteroCA', $response->body['attributes']['description']);
        self::assertSame([], $response->body['attributes']['allowed_ips']);
    }

    public function testAnInvalidBodyIs422InPterodactylsFormatAndCreatesNothing(): void
    {
        $response = $this->endpoints->createKey(self::fullAccessKey(), self::PLAYER, [
            'description' => ['not', 'text'],
            'allowed_ips' => ['198.51.100.23', 'not-an-ip'],
        ]);

        self::assertSame(422, $response->status);
        self::assertSame([
            'errors' => [
                [
                    'code' => 'ValidationException',
                    'status' => '422',
                    'detail' => 'The description must be a string.',
                    'meta' => ['source_field' => 'description', 'rule' => 'string'],
                ],
                [
                    'code' => 'ValidationException',
                    'status' => '422',
                    'detail' => 'The allowed_ips.1 must be a valid IP address or CIDR range.',
                    'meta' => ['source_field' => 'allowed_ips.1', 'rule' => 'ip'],
                ],
            ],
        ], $response->body);
        self::assertSame([], $this->store->keysOf(3));
    }

    public function testCreatingForAnUnknownUserIs404(): void
    {
        $this->assertNotFound($this->endpoints->createKey(self::fullAccessKey(), '999', []));
    }

    // --- DELETE --------------------------------------------------------------------------

    public function testDeletingAKeyIs204WithoutBody(): void
    {
        // The original addon deleted the key and then answered 500 on Pterodactyl 1.11.
        $identifier = $this->createdIdentifier(self::ADMIN);

        $response = $this->endpoints->deleteKey(self::fullAccessKey(), self::ADMIN, $identifier);

        self::assertEquals(ApiResponse::noContent(), $response);
        self::assertSame(['object' => 'list', 'data' => []], $this->endpoints->listKeys(self::fullAccessKey(), self::ADMIN)->body);
    }

    public function testDeletingAnUnknownKeyIs404(): void
    {
        $this->assertNotFound($this->endpoints->deleteKey(self::fullAccessKey(), self::PLAYER, 'ptlc_doesnotexist'));
    }

    public function testDeletingTheKeyTwiceIs404TheSecondTime(): void
    {
        $identifier = $this->createdIdentifier(self::PLAYER);
        $this->endpoints->deleteKey(self::fullAccessKey(), self::PLAYER, $identifier);

        $this->assertNotFound($this->endpoints->deleteKey(self::fullAccessKey(), self::PLAYER, $identifier));
    }

    public function testAKeyCannotBeDeletedThroughAnotherUser(): void
    {
        $identifier = $this->createdIdentifier(self::PLAYER);

        $this->assertNotFound($this->endpoints->deleteKey(self::fullAccessKey(), self::ADMIN, $identifier));
        self::assertCount(1, $this->store->keysOf(3));
    }

    public function testDeletingForAnUnknownUserIs404(): void
    {
        $this->assertNotFound($this->endpoints->deleteKey(self::fullAccessKey(), '999', 'ptlc_x'));
    }

    // --- helpers -------------------------------------------------------------------------

    private function createdIdentifier(string $user): string
    {
        return $this->endpoints->createKey(self::fullAccessKey(), $user, [])->body['attributes']['identifier'];
    }

    private function assertNotFound(ApiResponse $response): void
    {
        $this->assertError($response, 404, 'NotFoundHttpException', 'The requested resource could not be found on the server.');
    }

    private function assertError(ApiResponse $response, int $status, string $code, string $detail): void
    {
        self::assertSame($status, $response->status);
        self::assertSame(['errors' => [['code' => $code, 'status' => (string) $status, 'detail' => $detail]]], $response->body);
    }
}
