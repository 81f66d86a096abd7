// The counter's commands (src-tauri/src/commands/counter.rs), typed: member numbers, finding
// who is at the counter, sales with their points and offers, the loyalty rules.

import { call } from "./api";
import type { LoyaltyRulesView, SaleInput } from "./generated/ipc";

export type { CounterView, FoundView, LoyaltyRulesView, OfferView, RewardView, SaleInput, SaleView } from "./generated/ipc";

export const counterApi = {
  /** A lost card: the old number is stopped, the new one (ten digits) returned. */
  reissueNumber: (id: number) => call("reissue_member_number", { id }),
  /** Who a scan or typed text names, with their counter view. */
  find: (text: string) => call("counter_find", { text }),
  /** Reads what the first scan would wait for (the week's follow-up), as the screen opens. */
  view: (id: number) => call("counter_view_of", { id }),
  sale: (sale: SaleInput) => call("counter_sale", { sale }),
  refund: (purchaseId: number, amount: string) => call("counter_refund", { purchaseId, amount }),
  spend: (customerId: number, reward: number) => call("counter_spend", { customerId, reward }),
  rules: () => call("loyalty_rules"),
  setRules: (rules: LoyaltyRulesView) => call("set_loyalty_rules", { rules }),
};
