// Settings → Updates: the setting, "Check now" and "Install".

import { call } from "./api";

export type { UpdateSettingsView, UpdateOfferView, UpdateCheckView, UpdateInstalledView } from "./generated/ipc";

export const updatesApi = {
  settings: () => call("update_settings"),
  setCheckAtStart: (on: boolean) => call("set_update_check", { on }),
  checkNow: () => call("check_for_updates"),
  /** Only after the shopkeeper confirmed: backs the customer file up, then installs. */
  install: (version: string) => call("install_update", { version }),
};
