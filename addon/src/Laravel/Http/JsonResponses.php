<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel\Http;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Response;
use Pteroca\PterodactylAddon\Http\ApiResponse;

final class JsonResponses
{
    public static function from(ApiResponse $response): Response|JsonResponse
    {
        if ($response->body === null) {
            return new Response('', $response->status);
        }

        return new JsonResponse($response->body, $response->status, [], JSON_UNESCAPED_SLASHES);
    }
}
