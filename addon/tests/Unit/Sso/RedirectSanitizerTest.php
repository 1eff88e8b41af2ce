<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Unit\Sso;

use PHPUnit\Framework\TestCase;
use Pteroca\PterodactylAddon\Sso\RedirectSanitizer;

final class RedirectSanitizerTest extends TestCase
{
    /** @dataProvider pathsOnThisPanel */
    public function testKeepsRelativePathsOnThisPanel(string $path): void
    {
        self::assertSame($path, (new RedirectSanitizer())->clean($path));
    }

    /** @return iterable<string, array{string}> */
    public static function pathsOnThisPanel(): iterable
    {
        yield 'root' => ['/'];
        yield 'server page' => ['/server/1a2b3c4d'];
        yield 'nested page' => ['/server/1a2b3c4d/files'];
        yield 'query' => ['/account/api?tab=keys'];
        yield 'fragment' => ['/server/1a2b3c4d#console'];
        yield 'percent-encoded' => ['/server/1a2b3c4d/files%2Fconfig'];
    }

    /** @dataProvider redirectsOffThisPanel */
    public function testReplacesEverythingElseByTheRoot(mixed $redirect): void
    {
        self::assertSame('/', (new RedirectSanitizer())->clean($redirect));
    }

    /** @return iterable<string, array{mixed}> */
    public static function redirectsOffThisPanel(): iterable
    {
        yield 'absolute https URL (the original open redirect)' => ['https://evil.example/phish'];
        yield 'absolute http URL' => ['http://evil.example'];
        yield 'upper-case scheme' => ['HTTPS://evil.example'];
        yield 'protocol-relative' => ['//evil.example/phish'];
        yield 'triple slash' => ['///evil.example'];
        yield 'backslash host' => ['/\\evil.example'];
        yield 'leading backslashes' => ['\\\\evil.example'];
        yield 'javascript scheme' => ['javascript:alert(1)'];
        yield 'data scheme' => ['data:text/html,<script>alert(1)</script>'];
        yield 'relative without slash' => ['server/abc'];
        yield 'host-like' => ['evil.example'];
        yield 'tab that browsers strip' => ["/\t/evil.example"];
        yield 'newline that browsers strip' => ["/\n/evil.example"];
        yield 'header injection' => ["/server\r\nSet-Cookie: a=b"];
        yield 'NUL byte' => ["/server\0"];
        yield 'leading space' => [' /server/abc'];
        yield 'double slash later in the path' => ['/server//abc'];
        yield 'empty' => [''];
        yield 'null' => [null];
        yield 'array' => [['/server/abc']];
        yield 'integer' => [42];
        yield 'too long' => ['/' . str_repeat('a', RedirectSanitizer::MAX_LENGTH)];
    }
}
