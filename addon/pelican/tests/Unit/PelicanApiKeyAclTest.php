<?php

declare(strict_types=1);

namespace Pteroca\PelicanPlugin\Tests\Unit;

use App\Models\ApiKey;
use App\Models\User;
use PHPUnit\Framework\TestCase;
use Pteroca\PelicanPlugin\PelicanCallerKeyResolver;
use Pteroca\PterodactylAddon\Api\ApplicationEndpoints;
use Pteroca\PterodactylAddon\Api\CallerKey;
use Pteroca\PterodactylAddon\Http\ApiResponse;
use Pteroca\PterodactylAddon\Tests\Support\InMemoryClientApiKeyStore;

/**
 * The addon's ACL cases (ApplicationEndpointsTest), asked with Pelican's users and keys:
 * roles instead of the root_admin flag, `pacc_`/`papp_` keys and the JSON permission map.
 */
final class PelicanApiKeyAclTest extends TestCase
{
    private const ADMIN = '1';
    private const PLAYER = '3';
    private const NOT_ADMIN = 'This account does not have permission to access the API.';
    private const NOT_APPLICATION_KEY = 'Only application API keys may use this endpoint.';
    private const UNAUTHORIZED = 'This action is unauthorized.';
    private const FULL_ACCESS = ['server' => 3, 'node' => 3, 'allocation' => 3, 'user' => 3, 'egg' => 3,
        'database_host' => 3, 'server_database' => 3, 'mount' => 3, 'role' => 3, 'plugin' => 3];

    private InMemoryClientApiKeyStore $store;
    private ApplicationEndpoints $endpoints;
    private PelicanCallerKeyResolver $resolver;

    protected function setUp(): void
    {
        $this->store = new InMemoryClientApiKeyStore([1, 3], 'pacc_');
        $this->endpoints = new ApplicationEndpoints($this->store);
        $this->resolver = new PelicanCallerKeyResolver();
    }

    private function rootAdminWith(?ApiKey $key): CallerKey
    {
        return $this->resolver->fromUser(new User(1, ['Root Admin'], $key));
    }

    private function applicationKey(array|string $permissions, string $identifier = 'papp_0123456789a'): ApiKey
    {
        return new ApiKey(ApiKey::TYPE_APPLICATION, $identifier, $permissions);
    }

    private function fullAccess(): CallerKey
    {
        return $this->rootAdminWith($this->applicationKey(self::FULL_ACCESS));
    }

    // --- who may call ----------------------------------------------------------------------

    public function testAClientKeyOfANonAdminCannotMintAKeyForAnAdmin(): void
    {
        $caller = $this->resolver->fromUser(new User(3, [], new ApiKey(ApiKey::TYPE_ACCOUNT, 'pacc_0123456789a')));

        $this->assertError($this->endpoints->createKey($caller, self::ADMIN, ['description' => 'escalation probe']), 403, self::NOT_ADMIN);
        $this->assertError($this->endpoints->listKeys($caller, self::ADMIN), 403, self::NOT_ADMIN);
        self::assertSame([], $this->store->keysOf(1));
    }

    public function testAClientKeyEvenOfARootAdminIsRefusedEverywhere(): void
    {
        // Pelican itself lets a root admin's pacc_ key through its application API.
        $caller = $this->rootAdminWith(new ApiKey(ApiKey::TYPE_ACCOUNT, 'pacc_0123456789a'));

        $this->assertError($this->endpoints->listKeys($caller, self::PLAYER), 403, self::NOT_APPLICATION_KEY);
        $this->assertError($this->endpoints->createKey($caller, self::PLAYER, []), 403, self::NOT_APPLICATION_KEY);
        $this->assertError($this->endpoints->deleteKey($caller, self::PLAYER, 'pacc_x'), 403, self::NOT_APPLICATION_KEY);
        $this->assertError($this->endpoints->version($caller), 403, self::NOT_APPLICATION_KEY);
    }

    public function testASessionWithoutAnApiKeyIsRefused(): void
    {
        self::assertSame(403, $this->endpoints->listKeys($this->rootAdminWith(null), self::PLAYER)->status);
        self::assertSame(403, $this->endpoints->version($this->rootAdminWith(null))->status);
    }

    public function testNoUserAtAllIsRefused(): void
    {
        $this->assertError($this->endpoints->listKeys($this->resolver->fromUser(null), self::PLAYER), 403, self::NOT_ADMIN);
    }

    public function testAnApplicationKeyOfAnAdminWithoutTheRootAdminRoleIsRefused(): void
    {
        // Pelican admits any admin role to its application API; minting keys needs Root Admin.
        $caller = $this->resolver->fromUser(new User(2, ['Support'], $this->applicationKey(self::FULL_ACCESS)));

        $this->assertError($this->endpoints->listKeys($caller, self::PLAYER), 403, self::NOT_ADMIN);
        $this->assertError($this->endpoints->createKey($caller, self::PLAYER, []), 403, self::NOT_ADMIN);
        $this->assertError($this->endpoints->deleteKey($caller, self::PLAYER, 'pacc_x'), 403, self::NOT_ADMIN);
        $this->assertError($this->endpoints->version($caller), 403, self::NOT_ADMIN);
        self::assertSame([], $this->store->keysOf(3));
    }

    public function testAReadOnlyApplicationKeyMayListButNeitherMintNorDelete(): void
    {
        $identifier = $this->createdIdentifier(self::PLAYER);
        $caller = $this->rootAdminWith($this->applicationKey(['user' => 1, 'server' => 3]));

        self::assertSame(200, $this->endpoints->listKeys($caller, self::PLAYER)->status);
        $this->assertError($this->endpoints->createKey($caller, self::PLAYER, []), 403, self::UNAUTHORIZED);
        $this->assertError($this->endpoints->deleteKey($caller, self::PLAYER, $identifier), 403, self::UNAUTHORIZED);
        self::assertCount(1, $this->store->keysOf(3));
    }

    /** @dataProvider withoutUsersPermission */
    public function testAnApplicationKeyWithoutTheUserPermissionIsRefused(array|string $permissions): void
    {
        $caller = $this->rootAdminWith($this->applicationKey($permissions));

        $this->assertError($this->endpoints->listKeys($caller, self::PLAYER), 403, self::UNAUTHORIZED);
        $this->assertError($this->endpoints->createKey($caller, self::PLAYER, []), 403, self::UNAUTHORIZED);
        $this->assertError($this->endpoints->deleteKey($caller, self::PLAYER, 'pacc_x'), 403, self::UNAUTHORIZED);
        // The version needs no resource permission, like in the addon.
        self::assertSame(200, $this->endpoints->version($caller)->status);
    }

    /** @return iterable<string, array{array<string, int>|string}> */
    public static function withoutUsersPermission(): iterable
    {
        yield 'user none' => [['user' => 0, 'server' => 3]];
        yield 'no user entry' => [['server' => 3, 'node' => 3]];
        yield 'empty map' => [[]];
        yield 'Pterodactyl-style r_users' => [['r_users' => 3]];
        yield 'unreadable raw column' => ['not json'];
    }

    public function testPermissionsAreBitwiseSoWriteOnlyCannotRead(): void
    {
        $caller = $this->rootAdminWith($this->applicationKey(['user' => 2]));

        self::assertSame(403, $this->endpoints->listKeys($caller, self::PLAYER)->status);
        self::assertSame(201, $this->endpoints->createKey($caller, self::PLAYER, [])->status);
    }

    public function testPermissionIsCheckedBeforeTheUserExists(): void
    {
        $player = $this->resolver->fromUser(new User(3, [], new ApiKey(ApiKey::TYPE_ACCOUNT, 'pacc_0123456789a')));

        self::assertSame(403, $this->endpoints->createKey($player, '999', [])->status);
        self::assertSame(403, $this->endpoints->listKeys($this->rootAdminWith($this->applicationKey(['user' => 0])), '999')->status);
    }

    public function testTheKeyTypeDecidesNeverThePrefix(): void
    {
        // Keys migrated from Pterodactyl keep their ptla_ identifier and still work ...
        $migrated = $this->rootAdminWith($this->applicationKey(['user' => 3], 'ptla_0123456789a'));
        self::assertSame(201, $this->endpoints->createKey($migrated, self::PLAYER, [])->status);

        // ... and a client key is a client key whatever its identifier says.
        $disguised = $this->rootAdminWith(new ApiKey(ApiKey::TYPE_ACCOUNT, 'papp_0123456789a', ['user' => 3]));
        $this->assertError($this->endpoints->createKey($disguised, self::PLAYER, []), 403, self::NOT_APPLICATION_KEY);

        $untyped = $this->rootAdminWith(new ApiKey(ApiKey::TYPE_NONE, 'papp_0123456789a', ['user' => 3]));
        self::assertSame(403, $this->endpoints->createKey($untyped, self::PLAYER, [])->status);
    }

    public function testTheRawJsonColumnGrantsTheSameAsTheCastArray(): void
    {
        $caller = $this->rootAdminWith($this->applicationKey('{"user":3}'));

        self::assertSame(201, $this->endpoints->createKey($caller, self::PLAYER, [])->status);
    }

    // --- what a permitted key gets --------------------------------------------------------

    public function testAFullAccessKeyCreatesListsAndDeletesAClientKey(): void
    {
        $created = $this->endpoints->createKey($this->fullAccess(), self::PLAYER, [
            'description' => 'PteroCA Client API Key',
            'allowed_ips' => ['198.51.100.23'],
        ]);
        self::assertSame(201, $created->status);
        $identifier = $created->body['attributes']['identifier'];
        self::assertStringStartsWith('pacc_', $identifier);
        self::assertArrayHasKey('secret_token', $created->body['meta']);

        $listed = $this->endpoints->listKeys($this->fullAccess(), self::PLAYER);
        self::assertSame(200, $listed->status);
        self::assertSame([$identifier], array_map(fn (array $key) => $key['attributes']['identifier'], $listed->body['data']));

        self::assertEquals(ApiResponse::noContent(), $this->endpoints->deleteKey($this->fullAccess(), self::PLAYER, $identifier));
        self::assertSame(404, $this->endpoints->deleteKey($this->fullAccess(), self::PLAYER, $identifier)->status);
    }

    public function testAKeyCannotBeDeletedThroughAnotherUser(): void
    {
        $identifier = $this->createdIdentifier(self::PLAYER);

        self::assertSame(404, $this->endpoints->deleteKey($this->fullAccess(), self::ADMIN, $identifier)->status);
        self::assertCount(1, $this->store->keysOf(3));
    }

    public function testUnknownUsersAndInvalidBodiesAreRefusedWithoutWriting(): void
    {
        self::assertSame(404, $this->endpoints->createKey($this->fullAccess(), '999', [])->status);
        self::assertSame(404, $this->endpoints->listKeys($this->fullAccess(), 'admin')->status);
        self::assertSame(422, $this->endpoints->createKey($this->fullAccess(), self::PLAYER, ['allowed_ips' => ['not-an-ip']])->status);
        self::assertSame([], $this->store->keysOf(3));
    }

    public function testVersionAnswersTheVersionAndCapabilities(): void
    {
        $response = $this->endpoints->version($this->rootAdminWith($this->applicationKey([])));

        self::assertSame(200, $response->status);
        self::assertSame(['version' => '1.0.0', 'capabilities' => ['api-keys', 'sso']], $response->body);
    }

    private function createdIdentifier(string $user): string
    {
        return $this->endpoints->createKey($this->fullAccess(), $user, [])->body['attributes']['identifier'];
    }

    private function assertError(ApiResponse $response, int $status, string $detail): void
    {
        self::assertSame($status, $response->status);
        self::assertSame(['errors' => [['code' => 'AccessDeniedHttpException', 'status' => (string) $status, 'detail' => $detail]]], $response->body);
    }
}
