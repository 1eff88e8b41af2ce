<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Routing\Controller;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\Log;
use Pteroca\PterodactylAddon\Sso\SsoAuthorizer;
use Pteroca\PterodactylAddon\Sso\SsoRefusal;
use Throwable;

/** `POST /pteroca/authorize`: every decision is SsoAuthorizer's; this only logs in and redirects. */
final class SsoAuthorizeController extends Controller
{
    public function __invoke(Request $request, SsoAuthorizer $authorizer): JsonResponse|RedirectResponse
    {
        try {
            $grant = $authorizer->authorize(
                $request->input('pteroca_sso_token'),
                $request->input('pteroca_sso_redirect'),
            );
        } catch (SsoRefusal $refusal) {
            Log::warning('PteroCA SSO refused: ' . $refusal->reason, [
                'status' => $refusal->status,
                'ip' => $request->ip(),
            ]);

            return new JsonResponse($refusal->body(), $refusal->status);
        } catch (Throwable $failure) {
            // E.g. the cache holding used token ids is down: refuse, but never answer 500.
            Log::error('PteroCA SSO failed: ' . $failure->getMessage(), ['exception' => $failure]);

            return new JsonResponse(['error' => 'SSO temporarily unavailable'], 503);
        }

        // Through the guard's user provider, so the same code logs in Pterodactyl's and Pelican's users.
        $user = Auth::guard()->loginUsingId($grant->userId);
        if ($user === false) {
            // Deleted between the check and here.
            Log::warning('PteroCA SSO refused: user vanished during login', ['user_id' => $grant->userId]);

            return new JsonResponse(['error' => 'User not found'], 404);
        }

        // A fresh session id, so a session planted before the login cannot ride on it.
        $request->session()->regenerate();
        Log::info('PteroCA SSO login', ['user_id' => $grant->userId, 'jti' => $grant->tokenId, 'ip' => $request->ip()]);

        return new RedirectResponse(url($grant->redirectPath), 302);
    }
}
