<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Api;

use DateTimeImmutable;
use DateTimeInterface;
use DateTimeZone;

/** Renders keys exactly like Pterodactyl's client API key transformer. */
final class ApiKeyPresenter
{
    /** @return array<string, mixed> */
    public function item(ClientApiKey $key): array
    {
        return [
            'object' => 'api_key',
            'attributes' => [
                'identifier' => $key->identifier,
                'description' => $key->description,
                'allowed_ips' => $key->allowedIps,
                'last_used_at' => $key->lastUsedAt === null ? null : self::timestamp($key->lastUsedAt),
                'created_at' => self::timestamp($key->createdAt),
            ],
        ];
    }

    /** @return array<string, mixed> */
    public function created(CreatedClientApiKey $created): array
    {
        return $this->item($created->key) + ['meta' => ['secret_token' => $created->secretToken]];
    }

    /**
     * @param list<ClientApiKey> $keys
     * @return array<string, mixed>
     */
    public function list(array $keys): array
    {
        return ['object' => 'list', 'data' => array_map(fn (ClientApiKey $key) => $this->item($key), $keys)];
    }

    private static function timestamp(DateTimeInterface $time): string
    {
        return DateTimeImmutable::createFromInterface($time)
            ->setTimezone(new DateTimeZone('UTC'))
            ->format(DateTimeInterface::ATOM);
    }
}
