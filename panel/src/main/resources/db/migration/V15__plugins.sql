-- What the panel knows about each plugin jar: its lifecycle state and why, the checksum of the jar that was
-- enabled (the health check compares it), the risk an admin accepted, and the last health check.
CREATE TABLE plugin (
    plugin_id          VARCHAR(32)   NOT NULL PRIMARY KEY,
    version            VARCHAR(40)   NOT NULL,
    state              VARCHAR(20)   NOT NULL,
    reason_key         VARCHAR(100)  NULL,
    reason_args        ${text}       NULL,
    checksum           CHAR(64)      NULL,
    enabled_checksum   CHAR(64)      NULL,
    accepted_checksum  CHAR(64)      NULL,
    accepted_by        VARCHAR(254)  NULL,
    healthy            BOOLEAN       NULL,
    health_detail      ${text}       NULL,
    health_checked_at  ${ts}         NULL,
    scanned_at         ${ts}         NULL,
    enabled_at         ${ts}         NULL,
    updated_at         ${ts}         NOT NULL
) ${table_options};

-- The last security scan's findings of each plugin.
CREATE TABLE plugin_finding (
    id           ${id} PRIMARY KEY,
    plugin_id    VARCHAR(32)   NOT NULL,
    level        VARCHAR(10)   NOT NULL,
    rule_id      VARCHAR(40)   NOT NULL,
    class_name   VARCHAR(500)  NOT NULL,
    method_name  VARCHAR(300)  NOT NULL,
    detail       VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_plugin_finding_plugin FOREIGN KEY (plugin_id) REFERENCES plugin (plugin_id) ON DELETE CASCADE
) ${table_options};
CREATE INDEX ix_plugin_finding_plugin ON plugin_finding (plugin_id);

-- When each plugin cron task last ran, so a tick runs once across instances and after downtime once.
CREATE TABLE plugin_cron_run (
    plugin_id  VARCHAR(32)  NOT NULL,
    task_name  VARCHAR(24)  NOT NULL,
    last_run   ${ts}        NOT NULL,
    CONSTRAINT pk_plugin_cron_run PRIMARY KEY (plugin_id, task_name)
) ${table_options};
