<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Http;

use Pteroca\PterodactylAddon\Api\ValidationViolation;

/**
 * Builds error bodies in the shape Pterodactyl's own API uses, so clients need one parser:
 * {"errors":[{"code":"...","status":"403","detail":"..."}]} — note the status is a string.
 */
final class PterodactylErrors
{
    public const FORBIDDEN_DETAIL = 'This action is unauthorized.';
    public const NOT_ADMIN_DETAIL = 'This account does not have permission to access the API.';
    public const NOT_FOUND_DETAIL = 'The requested resource could not be found on the server.';

    public static function error(string $code, int $status, string $detail): ApiResponse
    {
        return ApiResponse::json($status, [
            'errors' => [self::entry($code, $status, $detail)],
        ]);
    }

    public static function forbidden(string $detail = self::FORBIDDEN_DETAIL): ApiResponse
    {
        return self::error('AccessDeniedHttpException', 403, $detail);
    }

    public static function notFound(): ApiResponse
    {
        return self::error('NotFoundHttpException', 404, self::NOT_FOUND_DETAIL);
    }

    /** @param non-empty-list<ValidationViolation> $violations */
    public static function validation(array $violations): ApiResponse
    {
        $errors = [];
        foreach ($violations as $violation) {
            $errors[] = self::entry('ValidationException', 422, $violation->detail) + [
                'meta' => ['source_field' => $violation->field, 'rule' => $violation->rule],
            ];
        }

        return ApiResponse::json(422, ['errors' => $errors]);
    }

    /** @return array{code: string, status: string, detail: string} */
    private static function entry(string $code, int $status, string $detail): array
    {
        return ['code' => $code, 'status' => (string) $status, 'detail' => $detail];
    }
}
