// Do the cards pay? (src-tauri/src/commands/campaigns.rs), typed.

import { call } from "./api";

export type { CampaignRunView, CampaignsView, DifferenceView, PoolView, VerdictView } from "./generated/ipc";

export const campaignsApi = {
  campaigns: () => call("campaigns"),
  alwaysSend: (id: number) => call("always_send", { id }),
  setAlwaysSend: (id: number, always: boolean) => call("set_always_send", { id, always }),
  cardCost: () => call("card_cost"),
  setCardCost: (amount: string) => call("set_card_cost", { amount }),
};
