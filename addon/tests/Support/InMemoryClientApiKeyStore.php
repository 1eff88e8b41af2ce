<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Support;

use DateTimeImmutable;
use Pteroca\PterodactylAddon\Api\ClientApiKey;
use Pteroca\PterodactylAddon\Api\ClientApiKeyStore;
use Pteroca\PterodactylAddon\Api\CreatedClientApiKey;

final class InMemoryClientApiKeyStore implements ClientApiKeyStore
{
    /** @var array<int, array<string, ClientApiKey>> user id => identifier => key */
    private array $keys = [];
    private int $sequence = 0;

    /**
     * @param list<int> $userIds
     * @param string    $prefix  of minted identifiers: `ptlc_` on Pterodactyl, `pacc_` on Pelican
     */
    public function __construct(array $userIds, private readonly string $prefix = 'ptlc_')
    {
        foreach ($userIds as $id) {
            $this->keys[$id] = [];
        }
    }

    public function userExists(int $userId): bool
    {
        return isset($this->keys[$userId]);
    }

    public function keysOf(int $userId): array
    {
        return array_values($this->keys[$userId]);
    }

    public function create(int $userId, string $description, array $allowedIps): CreatedClientApiKey
    {
        $identifier = sprintf('%s%011d', $this->prefix, ++$this->sequence);
        $key = new ClientApiKey(
            $identifier,
            $description,
            $allowedIps,
            null,
            new DateTimeImmutable('2026-11-23T13:44:52+01:00'),
        );
        $this->keys[$userId][$identifier] = $key;

        return new CreatedClientApiKey($key, str_repeat('s', 32));
    }

    public function delete(int $userId, string $identifier): bool
    {
        if (!isset($this->keys[$userId][$identifier])) {
            return false;
        }
        unset($this->keys[$userId][$identifier]);

        return true;
    }
}
