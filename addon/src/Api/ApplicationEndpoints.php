<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Api;

use Pteroca\PterodactylAddon\AddonVersion;
use Pteroca\PterodactylAddon\Http\ApiResponse;
use Pteroca\PterodactylAddon\Http\PterodactylErrors;

/**
 * The addon's application API, independent of Laravel. Checks run in the order
 * permission (403), then existence (404), then input (422), so a caller without
 * permission learns nothing about which users or keys exist.
 */
final class ApplicationEndpoints
{
    public function __construct(
        private readonly ClientApiKeyStore $keys,
        private readonly ApplicationKeyPolicy $policy = new ApplicationKeyPolicy(),
        private readonly NewApiKeyRequestValidator $validator = new NewApiKeyRequestValidator(),
        private readonly ApiKeyPresenter $presenter = new ApiKeyPresenter(),
    ) {
    }

    public function version(CallerKey $caller): ApiResponse
    {
        return $this->policy->checkApplicationKey($caller)
            ?? ApiResponse::json(200, AddonVersion::toArray());
    }

    public function listKeys(CallerKey $caller, string $userId): ApiResponse
    {
        $refusal = $this->policy->checkUsersAccess($caller, ApplicationKeyPolicy::READ);
        if ($refusal !== null) {
            return $refusal;
        }
        $user = $this->existingUser($userId);
        if ($user === null) {
            return PterodactylErrors::notFound();
        }

        return ApiResponse::json(200, $this->presenter->list($this->keys->keysOf($user)));
    }

    /** @param array<mixed> $body */
    public function createKey(CallerKey $caller, string $userId, array $body): ApiResponse
    {
        $refusal = $this->policy->checkUsersAccess($caller, ApplicationKeyPolicy::WRITE);
        if ($refusal !== null) {
            return $refusal;
        }
        $user = $this->existingUser($userId);
        if ($user === null) {
            return PterodactylErrors::notFound();
        }
        $request = $this->validator->validate($body);
        if (is_array($request)) {
            return PterodactylErrors::validation($request);
        }

        $created = $this->keys->create($user, $request->description, $request->allowedIps);

        return ApiResponse::json(201, $this->presenter->created($created));
    }

    public function deleteKey(CallerKey $caller, string $userId, string $identifier): ApiResponse
    {
        $refusal = $this->policy->checkUsersAccess($caller, ApplicationKeyPolicy::WRITE);
        if ($refusal !== null) {
            return $refusal;
        }
        $user = $this->existingUser($userId);
        if ($user === null || !$this->keys->delete($user, $identifier)) {
            return PterodactylErrors::notFound();
        }

        return ApiResponse::noContent();
    }

    /** The route parameter is a raw string: only a positive decimal id can name a user. */
    private function existingUser(string $userId): ?int
    {
        if (preg_match('/^[1-9]\d{0,17}$/', $userId) !== 1) {
            return null;
        }
        $id = (int) $userId;

        return $this->keys->userExists($id) ? $id : null;
    }
}
