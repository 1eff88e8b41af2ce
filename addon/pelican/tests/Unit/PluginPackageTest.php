<?php

declare(strict_types=1);

namespace Pteroca\PelicanPlugin\Tests\Unit;

use Filament\Contracts\Plugin;
use PHPUnit\Framework\TestCase;
use Pteroca\PelicanPlugin\SharedCode;
use Pteroca\PterodactylAddon\AddonVersion;

/**
 * The plugin folder as Pelican's plugin loader reads it (app/Models/Plugin.php and
 * app/Services/Helpers/PluginService.php in the Pelican panel): plugins/<id>/plugin.json,
 * src/ autoloaded under the manifest's namespace, every class in src/Providers registered.
 */
final class PluginPackageTest extends TestCase
{
    private const PLUGIN = __DIR__ . '/../../pteroca';
    private const ADDON = __DIR__ . '/../../..';

    /** @return array<string, mixed> */
    private static function manifest(string $plugin = self::PLUGIN): array
    {
        return json_decode((string) file_get_contents($plugin . '/plugin.json'), true, 16, JSON_THROW_ON_ERROR);
    }

    public function testTheManifestHasEveryFieldPelicanReads(): void
    {
        $manifest = self::manifest();

        foreach (['id', 'name', 'author', 'version', 'description', 'category', 'url', 'update_url', 'namespace',
            'class', 'panels', 'panel_version', 'composer_packages'] as $field) {
            self::assertArrayHasKey($field, $manifest);
        }
        self::assertSame('plugin', $manifest['category']);
        self::assertNull($manifest['composer_packages'], 'the plugin needs nothing Pelican does not ship');
        self::assertArrayNotHasKey('meta', $manifest, 'Pelican writes the status itself when the plugin is installed');
    }

    public function testTheIdIsASafeSlugAndTheFolderName(): void
    {
        $id = self::manifest()['id'];

        self::assertMatchesRegularExpression('/^[a-z0-9][a-z0-9._-]*$/', $id);
        self::assertSame(basename((string) realpath(self::PLUGIN)), $id);
    }

    public function testTheVersionIsTheAddonsAndThePanelVersionAMinimum(): void
    {
        $manifest = self::manifest();

        self::assertSame(AddonVersion::VERSION, $manifest['version']);
        // A leading ^ means "this version or newer" to Pelican; without it only that exact version loads.
        self::assertStringStartsWith('^1.0.0', $manifest['panel_version']);
    }

    public function testTheMainClassIsAFilamentPluginWithTheManifestsId(): void
    {
        $manifest = self::manifest();
        $class = '\\' . $manifest['namespace'] . '\\' . $manifest['class'];

        self::assertFileExists(self::PLUGIN . '/src/' . $manifest['class'] . '.php');
        $plugin = new $class();
        self::assertInstanceOf(Plugin::class, $plugin);
        self::assertSame($manifest['id'], $plugin->getId());
    }

    public function testEveryFileInProvidersIsAServiceProviderInTheManifestsNamespace(): void
    {
        $namespace = self::manifest()['namespace'];
        $providers = glob(self::PLUGIN . '/src/Providers/*.php') ?: [];

        self::assertNotEmpty($providers);
        foreach ($providers as $file) {
            $source = (string) file_get_contents($file);
            self::assertStringContainsString('namespace ' . $namespace . '\\Providers;', $source, $file);
            self::assertMatchesRegularExpression('/final class ' . basename($file, '.php') . ' extends ServiceProvider/', $source);
        }
    }

    public function testTheRoutesAreTheAddonsBehindPelicansApplicationApiAndCsrfCheck(): void
    {
        $api = (string) file_get_contents(self::PLUGIN . '/routes/api.php');
        self::assertStringContainsString("PterocaRoutes::applicationApi(['api', 'application-api', 'throttle:api.application'])", $api);

        $web = (string) file_get_contents(self::PLUGIN . '/routes/web.php');
        self::assertStringContainsString('PterocaRoutes::ssoAuthorize(', $web);
        self::assertStringContainsString('\\App\\Http\\Middleware\\PreventRequestForgery::class', $web);
        self::assertStringContainsString('\\Illuminate\\Foundation\\Http\\Middleware\\PreventRequestForgery::class', $web);
    }

    public function testEveryClassThePluginUsesExistsAndTheSharedOnesAreFreeOfPterodactyl(): void
    {
        foreach (self::pluginSources(self::PLUGIN) as $file) {
            foreach (self::importedClasses($file) as $class) {
                if (str_starts_with($class, 'Pteroca\\PelicanPlugin\\')) {
                    self::assertFileExists(self::PLUGIN . '/src/' . self::relativePath($class, 'Pteroca\\PelicanPlugin\\'), $class);
                } elseif (str_starts_with($class, SharedCode::NAMESPACE_PREFIX)) {
                    $shared = self::ADDON . '/src/' . self::relativePath($class, SharedCode::NAMESPACE_PREFIX);
                    self::assertFileExists($shared, $class);
                    self::assertDoesNotMatchRegularExpression('/\bPterodactyl\\\\/', (string) file_get_contents($shared), $class);
                }
            }
        }
    }

    public function testFromTheRepositoryTheSharedCodeIsTheAddonItself(): void
    {
        self::assertSame(realpath(self::ADDON), realpath(SharedCode::locate(self::PLUGIN)));
    }

    public function testTheBuildBundlesTheSharedCodeWithoutPterodactylsGlue(): void
    {
        $out = sys_get_temp_dir() . '/pteroca-plugin-build-' . bin2hex(random_bytes(6));
        try {
            exec(escapeshellarg(self::ADDON . '/pelican/build') . ' ' . escapeshellarg($out) . ' 2>&1', $output, $status);
            self::assertSame(0, $status, implode("\n", $output));
            $plugin = $out . '/pteroca';

            self::assertSame(self::manifest(), self::manifest($plugin));
            self::assertFileExists($plugin . '/LICENSE');
            self::assertSame(realpath($plugin . '/shared'), realpath(SharedCode::locate($plugin)));
            self::assertFileEquals(self::ADDON . '/config/pteroca.php', $plugin . '/shared/config/pteroca.php');
            self::assertFileDoesNotExist($plugin . '/shared/src/Laravel/PterocaAddonServiceProvider.php');
            self::assertFileDoesNotExist($plugin . '/shared/src/Laravel/CallerKeyResolver.php');

            $bundled = self::pluginSources($plugin);
            foreach ($bundled as $file) {
                self::assertDoesNotMatchRegularExpression('/\bPterodactyl\\\\/', (string) file_get_contents($file), $file);
                foreach (self::importedClasses($file) as $class) {
                    if (str_starts_with($class, SharedCode::NAMESPACE_PREFIX)) {
                        self::assertFileExists($plugin . '/shared/src/' . self::relativePath($class, SharedCode::NAMESPACE_PREFIX), "$class used by $file");
                    }
                }
            }
        } finally {
            exec('rm -rf ' . escapeshellarg($out));
        }
    }

    public function testTheAutoloaderLoadsSharedClassesFromTheGivenFolderOnly(): void
    {
        $root = sys_get_temp_dir() . '/pteroca-shared-' . bin2hex(random_bytes(6));
        $class = 'AutoloadProbe' . bin2hex(random_bytes(4));
        try {
            mkdir($root . '/src', 0777, true);
            file_put_contents($root . '/src/' . $class . '.php', "<?php namespace Pteroca\\PterodactylAddon; final class $class {}");
            SharedCode::autoload($root);

            self::assertTrue(class_exists(SharedCode::NAMESPACE_PREFIX . $class));
            self::assertFalse(class_exists(SharedCode::NAMESPACE_PREFIX . 'NoSuchClass'));
        } finally {
            exec('rm -rf ' . escapeshellarg($root));
        }
    }

    /** @return list<string> */
    private static function pluginSources(string $plugin): array
    {
        $files = [];
        $iterator = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($plugin, \FilesystemIterator::SKIP_DOTS));
        foreach ($iterator as $file) {
            if ($file->getExtension() === 'php') {
                $files[] = $file->getPathname();
            }
        }
        sort($files);

        return $files;
    }

    /** @return list<string> */
    private static function importedClasses(string $file): array
    {
        preg_match_all('/^use (Pteroca\\\\[\w\\\\]+);/m', (string) file_get_contents($file), $matches);

        return $matches[1];
    }

    private static function relativePath(string $class, string $prefix): string
    {
        return str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    }
}
