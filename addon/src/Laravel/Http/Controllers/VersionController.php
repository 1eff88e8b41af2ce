<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Routing\Controller;
use Pteroca\PterodactylAddon\Api\ApplicationEndpoints;
use Pteroca\PterodactylAddon\Laravel\RequestCallerKeys;
use Pteroca\PterodactylAddon\Laravel\Http\JsonResponses;

final class VersionController extends Controller
{
    public function __invoke(
        Request $request,
        ApplicationEndpoints $endpoints,
        RequestCallerKeys $callers,
    ): JsonResponse|Response {
        return JsonResponses::from($endpoints->version($callers->resolve($request)));
    }
}
