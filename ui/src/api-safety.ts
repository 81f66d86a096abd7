// Backups from Settings.

import { call } from "./api";

export interface BackupInfo { dir: string; keep: number; latest: string | null }

export const safetyApi = {
  info: () => call<BackupInfo>("backup_info"),
  setKeep: (keep: number) => call<void>("set_backup_keep", { keep }),
  chooseDir: () => call<string | null>("choose_backup_dir"),
  backupNow: () => call<string | null>("backup_now"),
  restore: () => call<string | null>("restore_backup"),
};
