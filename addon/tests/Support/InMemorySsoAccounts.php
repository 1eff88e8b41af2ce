<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Support;

use Pteroca\PterodactylAddon\Sso\SsoAccount;
use Pteroca\PterodactylAddon\Sso\SsoAccounts;

final class InMemorySsoAccounts implements SsoAccounts
{
    /** @var array<int, SsoAccount> */
    private array $accounts = [];

    public function add(SsoAccount $account): self
    {
        $this->accounts[$account->id] = $account;

        return $this;
    }

    public function find(int $userId): ?SsoAccount
    {
        return $this->accounts[$userId] ?? null;
    }
}
