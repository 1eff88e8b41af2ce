<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Tests\Unit\Package;

use PHPUnit\Framework\TestCase;
use Pteroca\PterodactylAddon\AddonVersion;
use Pteroca\PterodactylAddon\Laravel\PterocaRoutes;
use Pteroca\PterodactylAddon\Sso\SsoSettings;

/** The Composer package, its configuration file and its route files. */
final class PackageTest extends TestCase
{
    private const ROOT = __DIR__ . '/../../..';

    /** @return array<string, mixed> */
    private static function composer(): array
    {
        return json_decode((string) file_get_contents(self::ROOT . '/composer.json'), true, 16, JSON_THROW_ON_ERROR);
    }

    public function testComposerPackageIsAnMitLibraryForPhp81(): void
    {
        $composer = self::composer();

        self::assertSame('pteroca/pterodactyl-addon', $composer['name']);
        self::assertSame('library', $composer['type']);
        self::assertSame('MIT', $composer['license']);
        self::assertSame('^8.1', $composer['require']['php']);
        self::assertSame(['Pteroca\\PterodactylAddon\\' => 'src/'], $composer['autoload']['psr-4']);
        self::assertFileExists(self::ROOT . '/LICENSE');
    }

    public function testRequiresNothingPterodactylDoesNotAlreadyShip(): void
    {
        // laravel/framework (Laravel 9 and 10 across Pterodactyl 1.11.x) replaces every illuminate/* package.
        foreach (self::composer()['require'] as $package => $constraint) {
            if ($package === 'php') {
                continue;
            }
            self::assertStringStartsWith('illuminate/', $package);
            self::assertStringContainsString('^9.0', $constraint);
            self::assertStringContainsString('^10.0', $constraint);
        }
    }

    public function testTheAutoDiscoveredProviderExists(): void
    {
        $providers = self::composer()['extra']['laravel']['providers'];

        self::assertSame(['Pteroca\\PterodactylAddon\\Laravel\\PterocaAddonServiceProvider'], $providers);
        self::assertFileExists(self::ROOT . '/src/Laravel/PterocaAddonServiceProvider.php');
    }

    public function testNoJwtLibraryIsUsed(): void
    {
        foreach (self::phpFiles(self::ROOT . '/src') as $file) {
            self::assertDoesNotMatchRegularExpression('/Firebase\\\\JWT|Lcobucci\\\\JWT/i', (string) file_get_contents($file), $file);
        }
    }

    public function testDecisionClassesDoNotDependOnLaravelOrPterodactyl(): void
    {
        foreach (self::phpFiles(self::ROOT . '/src') as $file) {
            if (str_contains($file, '/src/Laravel/')) {
                continue;
            }
            self::assertDoesNotMatchRegularExpression('/\b(Illuminate|Pterodactyl)\\\\/', (string) file_get_contents($file), $file);
        }
    }

    public function testRoutesPointAtExistingControllers(): void
    {
        foreach (['routes/api.php', 'routes/web.php', 'src/Laravel/PterocaRoutes.php'] as $routes) {
            $source = (string) file_get_contents(self::ROOT . '/' . $routes);
            preg_match_all('/use (Pteroca\\\\PterodactylAddon\\\\[\w\\\\]+);/', $source, $matches);
            self::assertNotEmpty($matches[1]);
            foreach ($matches[1] as $class) {
                $path = self::ROOT . '/src/' . str_replace('\\', '/', substr($class, strlen('Pteroca\\PterodactylAddon\\'))) . '.php';
                self::assertFileExists($path, $class);
            }
        }
        self::assertStringContainsString("PterocaRoutes::applicationApi(['api', 'throttle:api.application'])", (string) file_get_contents(self::ROOT . '/routes/api.php'));
        self::assertStringContainsString('PterocaRoutes::ssoAuthorize(', (string) file_get_contents(self::ROOT . '/routes/web.php'));
        self::assertSame('users/{user}/api-keys/{identifier}', PterocaRoutes::API_KEY);
        self::assertSame('pteroca/version', PterocaRoutes::VERSION);
        self::assertSame('pteroca/authorize', PterocaRoutes::SSO_AUTHORIZE);
    }

    public function testTheVersionIsSemantic(): void
    {
        self::assertMatchesRegularExpression('/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/', AddonVersion::VERSION);
        self::assertSame(['version' => '1.0.0', 'capabilities' => ['api-keys', 'sso']], AddonVersion::toArray());
    }

    /** @runInSeparateProcess */
    public function testTheConfigFileReadsTheEnvironmentAndSurvivesConfigCache(): void
    {
        $config = self::loadConfig([
            'PTEROCA_SSO_SECRET' => 'abc',
            'PTEROCA_SSO_ISSUER' => 'https://billing.example',
            'APP_URL' => 'https://panel.example',
            'PTEROCA_SSO_ALLOW_ROOT_ADMIN' => true,
        ]);

        // `config:cache` writes the array with var_export: it must survive the round trip.
        self::assertSame($config, eval('return ' . var_export($config, true) . ';'));
        self::assertEquals(
            new SsoSettings('abc', 'https://billing.example', 'https://panel.example', true, false),
            SsoSettings::fromConfig($config['sso']),
        );
    }

    /** @runInSeparateProcess */
    public function testTheAudienceSettingWinsOverAppUrl(): void
    {
        $config = self::loadConfig(['APP_URL' => 'https://panel.example', 'PTEROCA_SSO_AUDIENCE' => 'https://games.example']);

        self::assertSame('https://games.example', SsoSettings::fromConfig($config['sso'])->audience);
        self::assertFalse(SsoSettings::fromConfig($config['sso'])->isConfigured());
    }

    /**
     * Loads config/pteroca.php with a stand-in for Laravel's env() helper.
     *
     * @param array<string, mixed> $environment
     * @return array<string, mixed>
     */
    private static function loadConfig(array $environment): array
    {
        $GLOBALS['pteroca_test_env'] = $environment;
        if (!function_exists('env')) {
            eval('function env($key, $default = null) { return array_key_exists($key, $GLOBALS["pteroca_test_env"]) ? $GLOBALS["pteroca_test_env"][$key] : $default; }');
        }

        return require self::ROOT . '/config/pteroca.php';
    }

    /** @return list<string> */
    private static function phpFiles(string $directory): array
    {
        $files = [];
        $iterator = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($directory, \FilesystemIterator::SKIP_DOTS));
        foreach ($iterator as $file) {
            if ($file->getExtension() === 'php') {
                $files[] = $file->getPathname();
            }
        }
        sort($files);

        return $files;
    }
}
