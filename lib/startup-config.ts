// The start's side of lib/config: check every setting once, log what an operator must know, and stop the
// process (exit 1, one JSON line naming the setting) on the first bad one. Call it before the server
// listens: lib/startup.ts does, and so can a custom server. It sits beside lib/startup.ts, not in lib/config, because
// it also checks settings that lib/db and lib/audit read, and both of those import lib/config (decision 057).
import { logError, logger } from "@/lib/log";
import { ConfigError, loadConfig, type Env, type PortalConfig } from "@/lib/config";
import { resolveMigrationUrl } from "@/lib/db/config";
import { readAuditCheckpointSettings } from "@/lib/audit/settings";

let loaded: PortalConfig | undefined;

/**
 * Settings read by their own modules' small functions (the owner role's URL, the audit checkpoints): checked here
 * too, so a bad value stops the start like any other, named by its setting.
 */
function checkDelegatedSettings(env: Env): void {
  const checks: Array<[string, () => unknown]> = [
    ["MIGRATION_DATABASE_URL", () => resolveMigrationUrl(env)],
    ["AUDIT_CHECKPOINT", () => readAuditCheckpointSettings(env)],
  ];
  for (const [prefix, run] of checks) {
    try {
      run();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const setting = message.match(/\b([A-Z][A-Z0-9_]+)\b/)?.[1] ?? prefix;
      throw new ConfigError(setting.startsWith(prefix) ? setting : prefix, message);
    }
  }
}

/** The configuration, or exit 1 after one `startup.failed` log line with `setting` and `configError`. */
export function loadConfigOrExit(env: Env = process.env): PortalConfig {
  try {
    const config = loadConfig(env);
    checkDelegatedSettings(env);
    for (const warning of config.warnings) {
      logger.warn("config.warning", {
        component: "portal",
        setting: warning.setting,
        reason: warning.reason,
        configError: warning.message,
      });
    }
    logger.info("config.loaded", {
      component: "portal",
      reason: config.demo ? "demo-mode" : "production-mode",
      database: config.database.display,
    });
    loaded = config;
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.error("startup.failed", {
        component: "portal",
        setting: error.setting,
        configError: error.message,
        errorName: "ConfigError",
      });
    } else {
      logError("startup.failed", error, { component: "portal" });
    }
    process.exit(1);
  }
}

/** The configuration checked at start, if loadConfigOrExit ran in this process. */
export function startedConfig(): PortalConfig | undefined {
  return loaded;
}
