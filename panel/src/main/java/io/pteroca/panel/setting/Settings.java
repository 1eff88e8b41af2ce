package io.pteroca.panel.setting;

import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.UtcColumns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.StringUtils;

/**
 * Reads and writes the typed settings. Values are cached for a few seconds, so several panel instances
 * sharing one database see each other's changes quickly without a query per read.
 */
@Service
public class Settings {

    private static final Duration CACHE_TTL = Duration.ofSeconds(5);

    private final SettingRepository repository;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final SecretCipher cipher;
    private final SettingValidator validator;
    private final Clock clock;
    /** Contributors read their values through this class, so their declarations are collected on first use. */
    private final ObjectProvider<SettingsContributor> contributors;
    private volatile Map<String, SettingDefinition> definitions;

    private volatile Map<String, String> cache = Map.of();
    private volatile Instant cacheLoadedAt = Instant.MIN;
    /** Raised by every invalidation, so a load that started before one cannot publish stale values after it. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private final org.springframework.context.ApplicationEventPublisher events;

    Settings(SettingRepository repository, SecretCipher cipher, SettingValidator validator, Clock clock,
             ObjectProvider<SettingsContributor> contributors, org.springframework.jdbc.core.JdbcTemplate jdbc,
             org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.repository = repository;
        this.cipher = cipher;
        this.validator = validator;
        this.clock = clock;
        this.contributors = contributors;
    }

    private Map<String, SettingDefinition> definitions() {
        if (definitions == null) {
            Map<String, SettingDefinition> collected = new LinkedHashMap<>();
            contributors.orderedStream().flatMap(c -> c.settings().stream())
                    .sorted(Comparator.comparingInt(SettingDefinition::order))
                    .forEach(d -> {
                        if (collected.putIfAbsent(d.key(), d) != null) {
                            throw new IllegalStateException("Setting declared twice: " + d.key());
                        }
                    });
            definitions = Map.copyOf(collected);
        }
        return definitions;
    }

    public String get(SettingDefinition definition) {
        String stored = values().get(definition.key());
        if (stored == null) {
            return definition.defaultValue();
        }
        return definition.secret() ? opened(stored) : stored;
    }

    /**
     * Secrets opened once per stored value: the Pterodactyl key is read for every call, hundreds a second when a
     * month's expiries are suspended. A changed secret is a new stored value; the few old ones are dropped in bulk.
     */
    private final Map<String, String> openedSecrets = new java.util.concurrent.ConcurrentHashMap<>();

    private String opened(String stored) {
        if (openedSecrets.size() > 64) {
            openedSecrets.clear();
        }
        return openedSecrets.computeIfAbsent(stored, cipher::decrypt);
    }

    public boolean getBoolean(SettingDefinition definition) {
        return Boolean.parseBoolean(get(definition));
    }

    public int getInt(SettingDefinition definition) {
        return Integer.parseInt(get(definition));
    }

    /** True when a value was stored, as opposed to the default applying. */
    public boolean isSet(SettingDefinition definition) {
        return values().containsKey(definition.key());
    }

    /** Validates, then stores; secrets are encrypted. An empty value resets the setting to its default. */
    @Transactional
    public void set(SettingDefinition definition, String value) {
        setAll(Map.of(definition, value == null ? "" : value));
    }

    /** Validates every value first and writes none of them unless all are valid. */
    @Transactional
    public void setAll(Map<SettingDefinition, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<SettingDefinition, String> normalized = new LinkedHashMap<>();
        values.forEach((definition, value) -> {
            try {
                normalized.put(definition, validator.normalize(definition, value));
            } catch (Refusal e) {
                errors.put(definition.key(), e.messageKey());
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidSettingsException(errors);
        }
        Instant now = clock.instant();
        normalized.forEach((definition, value) -> store(definition, value, now));
        invalidate();
        List<String> keys = normalized.keySet().stream().map(SettingDefinition::key).filter(k -> !k.startsWith("plugin.")).toList();
        if (!keys.isEmpty()) {
            events.publishEvent(new SettingsSaved(keys));
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Another thread may have reloaded the old values between the line above and the commit.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidate();
                }
            });
        }
    }

    private void store(SettingDefinition definition, String value, Instant now) {
        if (!StringUtils.hasLength(value)) {
            repository.findById(definition.key()).ifPresent(repository::delete);
            return;
        }
        SettingEntity entity = repository.findById(definition.key()).orElseGet(() -> new SettingEntity(definition.key()));
        entity.update(definition.secret() ? cipher.encrypt(value) : value, now);
        repository.save(entity);
    }

    /** A secret for display: never the whole value. */
    public String masked(SettingDefinition definition) {
        if (!isSet(definition)) {
            return "";
        }
        String plain = get(definition);
        return plain.length() <= 8 ? "••••••••" : "••••••••" + plain.substring(plain.length() - 4);
    }

    public List<SettingDefinition> definitionsOf(SettingGroup group) {
        return definitions().values().stream().filter(d -> d.group() == group)
                .sorted(Comparator.comparingInt(SettingDefinition::order)).toList();
    }

    public Optional<SettingDefinition> definition(String key) {
        return Optional.ofNullable(definitions().get(key));
    }

    public void invalidate() {
        generation.incrementAndGet();
        cacheLoadedAt = Instant.MIN;
    }

    /**
     * Stores a value only if none is stored yet, atomically across instances, and returns the value that won.
     * For values made once, like an installation id.
     */
    public String initializeOnce(SettingDefinition definition, String value) {
        String normalized = validator.normalize(definition, value);
        try {
            jdbc.update("INSERT INTO setting (setting_key, setting_value, updated_at) VALUES (?, ?, ?)", definition.key(),
                    definition.secret() ? cipher.encrypt(normalized) : normalized, UtcColumns.utc(clock.instant()));
        } catch (org.springframework.dao.DuplicateKeyException anotherInstanceWasFirst) {
            // keep theirs
        }
        invalidate();
        return get(definition);
    }

    private Map<String, String> values() {
        Instant now = clock.instant();
        Map<String, String> current = cache;
        if (cacheLoadedAt.plus(CACHE_TTL).isBefore(now)) {
            long loadingGeneration = generation.get();
            Map<String, String> loaded = new HashMap<>();
            repository.findAll().forEach(e -> loaded.put(e.key(), e.value()));
            current = Map.copyOf(loaded);
            synchronized (generation) {
                if (generation.get() == loadingGeneration) {
                    cache = current;
                    cacheLoadedAt = now;
                }
            }
        }
        return current;
    }
}
