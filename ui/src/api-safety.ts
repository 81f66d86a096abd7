// Backups from Settings.

import { call } from "./api";


export type { BackupInfo } from "./generated/ipc";

export const safetyApi = {
  info: () => call("backup_info"),
  setKeep: (keep: number) => call("set_backup_keep", { keep }),
  chooseDir: () => call("choose_backup_dir"),
  backupNow: () => call("backup_now"),
  /** With `passphrase`: the encrypted backup chosen by the last attempt (no second dialog). */
  restore: (passphrase?: string) => call("restore_backup", passphrase ? { passphrase } : undefined),
};
