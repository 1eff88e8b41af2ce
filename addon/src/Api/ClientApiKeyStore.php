<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Api;

/**
 * Storage of users' client API keys (Pterodactyl's database in production).
 */
interface ClientApiKeyStore
{
    public function userExists(int $userId): bool;

    /** @return list<ClientApiKey> */
    public function keysOf(int $userId): array;

    /** @param list<string> $allowedIps */
    public function create(int $userId, string $description, array $allowedIps): CreatedClientApiKey;

    /** Deletes the user's client key; false when the user has no such key. */
    public function delete(int $userId, string $identifier): bool;
}
