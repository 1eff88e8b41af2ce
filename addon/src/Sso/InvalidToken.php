<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Sso;

use RuntimeException;

/** The token is not a well-formed, correctly signed HS256 JWT; the message is for logs only. */
final class InvalidToken extends RuntimeException
{
}
