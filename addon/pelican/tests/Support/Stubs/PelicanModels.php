<?php

declare(strict_types=1);

// Stand-ins for Pelican's App\Models\User and App\Models\ApiKey with the members the plugin
// reads (see the Pelican panel's app/Models), declared only when Pelican is absent.
namespace App\Models;

if (!class_exists(ApiKey::class)) {
    class ApiKey
    {
        public const TYPE_NONE = 0;
        public const TYPE_ACCOUNT = 1;
        public const TYPE_APPLICATION = 2;

        /** @param array<string, int>|string $permissions the cast array, or the raw JSON column */
        public function __construct(
            public int $key_type,
            public string $identifier,
            public array|string $permissions = [],
        ) {
        }
    }
}

if (!class_exists(User::class)) {
    class User
    {
        /** @param list<string> $roles */
        public function __construct(
            public int $id,
            public array $roles = [],
            public ?ApiKey $token = null,
            public ?string $mfa_app_secret = null,
            public bool $mfa_email_enabled = false,
        ) {
        }

        public function isRootAdmin(): bool
        {
            return in_array('Root Admin', $this->roles, true);
        }

        public function currentAccessToken(): ?ApiKey
        {
            return $this->token;
        }
    }
}
