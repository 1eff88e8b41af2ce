<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel;

use DateTimeImmutable;
use DateTimeInterface;
use Illuminate\Database\Eloquent\Builder;
use Illuminate\Database\Eloquent\Model;
use Pteroca\PterodactylAddon\Api\ClientApiKey;
use Pteroca\PterodactylAddon\Api\ClientApiKeyStore;
use Pteroca\PterodactylAddon\Api\CreatedClientApiKey;

/**
 * Client keys in the panel's `api_keys` table; application keys are never touched. Pterodactyl
 * and Pelican share the table's shape and the user's `createToken(memo, ips)` (which mints the
 * panel's own identifier, `ptlc_` or `pacc_`, and returns the secret once); only the model
 * classes differ.
 */
final class EloquentClientApiKeys implements ClientApiKeyStore
{
    /**
     * @param class-string<Model> $userModel
     * @param class-string<Model> $keyModel
     * @param int $accountKeyType the `key_type` of client (account) keys
     */
    public function __construct(
        private readonly string $userModel,
        private readonly string $keyModel,
        private readonly int $accountKeyType,
    ) {
    }

    public function userExists(int $userId): bool
    {
        return $this->userModel::query()->whereKey($userId)->exists();
    }

    public function keysOf(int $userId): array
    {
        return $this->clientKeys($userId)
            ->orderBy('id')
            ->get()
            ->map(fn (Model $key) => self::toClientApiKey($key))
            ->values()
            ->all();
    }

    public function create(int $userId, string $description, array $allowedIps): CreatedClientApiKey
    {
        $user = $this->userModel::query()->findOrFail($userId);
        $token = $user->createToken($description, $allowedIps);

        return new CreatedClientApiKey(self::toClientApiKey($token->accessToken), $token->plainTextToken);
    }

    public function delete(int $userId, string $identifier): bool
    {
        return $this->clientKeys($userId)->where('identifier', $identifier)->delete() > 0;
    }

    private function clientKeys(int $userId): Builder
    {
        return $this->keyModel::query()
            ->where('user_id', $userId)
            ->where('key_type', $this->accountKeyType);
    }

    private static function toClientApiKey(Model $key): ClientApiKey
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
