<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel;

use DateTimeImmutable;
use DateTimeInterface;
use Pterodactyl\Models\ApiKey;
use Pterodactyl\Models\User;
use Pteroca\PterodactylAddon\Api\ClientApiKey;
use Pteroca\PterodactylAddon\Api\ClientApiKeyStore;
use Pteroca\PterodactylAddon\Api\CreatedClientApiKey;

/** Client keys in Pterodactyl's `api_keys` table; application keys are never touched. */
final class EloquentClientApiKeyStore implements ClientApiKeyStore
{
    public function userExists(int $userId): bool
    {
        return User::query()->whereKey($userId)->exists();
    }

    public function keysOf(int $userId): array
    {
        return $this->clientKeys($userId)
            ->orderBy('id')
            ->get()
            ->map(fn (ApiKey $key) => self::toClientApiKey($key))
            ->values()
            ->all();
    }

    public function create(int $userId, string $description, array $allowedIps): CreatedClientApiKey
    {
        /** @var User $user */
        $user = User::query()->findOrFail($userId);
        // Pterodactyl's own minting: ptlc_ identifier, encrypted secret, returned once.
        $token = $user->createToken($description, $allowedIps);

        return new CreatedClientApiKey(self::toClientApiKey($token->accessToken), $token->plainTextToken);
    }

    public function delete(int $userId, string $identifier): bool
    {
        return $this->clientKeys($userId)->where('identifier', $identifier)->delete() > 0;
    }

    /** @return \Illuminate\Database\Eloquent\Builder<ApiKey> */
    private function clientKeys(int $userId)
    {
        return ApiKey::query()
            ->where('user_id', $userId)
            ->where('key_type', ApiKey::TYPE_ACCOUNT);
    }

    private static function toClientApiKey(ApiKey $key): ClientApiKey
    {
        return new ClientApiKey(
            (string) $key->identifier,
            (string) $key->memo,
            array_values((array) ($key->allowed_ips ?? [])),
            self::date($key->last_used_at),
            self::date($key->created_at) ?? new DateTimeImmutable(),
        );
    }

    private static function date(mixed $value): ?DateTimeInterface
    {
        if ($value instanceof DateTimeInterface) {
            return $value;
        }

        return is_string($value) && $value !== '' ? new DateTimeImmutable($value) : null;
    }
}
