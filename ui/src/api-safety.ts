// Backups from Settings.

import { call } from "./api";

import type { BackupInfo } from "./generated/ipc";

export type { BackupInfo } from "./generated/ipc";

export const safetyApi = {
  info: () => call<BackupInfo>("backup_info"),
  setKeep: (keep: number) => call<void>("set_backup_keep", { keep }),
  chooseDir: () => call<string | null>("choose_backup_dir"),
  backupNow: () => call<string | null>("backup_now"),
  /** With `passphrase`: the encrypted backup chosen by the last attempt (no second dialog). */
  restore: (passphrase?: string) => call<string | null>("restore_backup", passphrase ? { passphrase } : undefined),
};
