<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Api;

/** A freshly minted key with its secret, which is shown exactly once. */
final class CreatedClientApiKey
{
    public function __construct(
        public readonly ClientApiKey $key,
        public readonly string $secretToken,
    ) {
    }
}
