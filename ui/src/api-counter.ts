// The counter's commands (src-tauri/src/commands/counter.rs), typed: member numbers, finding
// who is at the counter, sales with their points and offers, the loyalty rules.

import { call } from "./api";

export const counterApi = {
  /** A lost card: the old number is stopped, the new one (ten digits) returned. */
  reissueNumber: (id: number) => call("reissue_member_number", { id }),
};
