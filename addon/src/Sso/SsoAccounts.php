<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Sso;

interface SsoAccounts
{
    public function find(int $userId): ?SsoAccount;
}
