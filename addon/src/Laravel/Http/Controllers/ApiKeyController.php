<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Routing\Controller;
use Illuminate\Support\Facades\Log;
use Pteroca\PterodactylAddon\Api\ApplicationEndpoints;
use Pteroca\PterodactylAddon\Laravel\RequestCallerKeys;
use Pteroca\PterodactylAddon\Laravel\Http\JsonResponses;

final class ApiKeyController extends Controller
{
    public function __construct(
        private readonly ApplicationEndpoints $endpoints,
        private readonly RequestCallerKeys $callers,
    ) {
    }

    public function index(Request $request, string $user): JsonResponse|Response
    {
        return JsonResponses::from($this->endpoints->listKeys($this->callers->resolve($request), $user));
    }

    public function store(Request $request, string $user): JsonResponse|Response
    {
        $body = $request->json()->all();
        $response = $this->endpoints->createKey($this->callers->resolve($request), $user, $body);
        if ($response->status === 201) {
            Log::info('PteroCA addon: client API key created', [
                'user_id' => $user,
                'identifier' => $response->body['attributes']['identifier'] ?? null,
                'by' => $request->user()?->id,
            ]);
        }

        return JsonResponses::from($response);
    }

    public function destroy(Request $request, string $user, string $identifier): JsonResponse|Response
    {
        $response = $this->endpoints->deleteKey($this->callers->resolve($request), $user, $identifier);
        if ($response->status === 204) {
            Log::info('PteroCA addon: client API key deleted', [
                'user_id' => $user,
                'identifier' => $identifier,
                'by' => $request->user()?->id,
            ]);
        }

        return JsonResponses::from($response);
    }
}
