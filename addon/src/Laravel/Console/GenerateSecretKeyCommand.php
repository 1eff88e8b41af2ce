<?php

declare(strict_types=1);

namespace Pteroca\PterodactylAddon\Laravel\Console;

use Illuminate\Console\Command;
use Pteroca\PterodactylAddon\Console\EnvFile;
use Pteroca\PterodactylAddon\Console\SsoSecret;

final class GenerateSecretKeyCommand extends Command
{
    protected $signature = 'pteroca:generate-secret-key
        {--force : Replace an existing secret without asking}
        {--show : Only print a new secret; do not write .env}';

    protected $description = 'Create the PTEROCA_SSO_SECRET shared with PteroCA for single sign-on';

    public function handle(): int
    {
        $secret = SsoSecret::generate();
        if ($this->option('show')) {
            $this->line($secret);

            return self::SUCCESS;
        }

        $path = $this->laravel->environmentFilePath();
        $contents = is_file($path) ? file_get_contents($path) : '';
        if ($contents === false) {
            $this->error("Cannot read $path.");

            return self::FAILURE;
        }

        $current = EnvFile::valueOf($contents, SsoSecret::ENV_KEY);
        if ($current !== null && $current !== '' && !$this->option('force')
            && !$this->confirm(SsoSecret::ENV_KEY . ' is already set. Replace it? SSO stops working until PteroCA has the new one.')
        ) {
            $this->info('Kept the existing secret.');

            return self::SUCCESS;
        }

        if (file_put_contents($path, EnvFile::withValue($contents, SsoSecret::ENV_KEY, $secret), LOCK_EX) === false) {
            $this->error("Cannot write $path.");

            return self::FAILURE;
        }

        $this->info('Wrote ' . SsoSecret::ENV_KEY . " to $path. Paste this secret into PteroCA's SSO settings:");
        $this->line($secret);
        if ($this->laravel->configurationIsCached()) {
            $this->warn('The configuration is cached: run `php artisan config:cache` for the new secret to take effect.');
        }

        return self::SUCCESS;
    }
}
