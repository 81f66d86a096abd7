// The cards and follow-up commands (src-tauri/src/commands/cards.rs), typed.

import type { Channel } from "@tauri-apps/api/core";
import { call } from "./api";
import type { CardSettingsView, Language, Progress, RunInput } from "./generated/ipc";

export type {
  CardRunReportView, CardRunView, CardSettingsView, CardTextsView, CardView, FollowUpEntryView, FollowUpGroupView, FollowUpView,
  GeneratedView, Language, RecordedView, RunInput, RunKind, SkippedView, SkipReason,
} from "./generated/ipc";

export const cardsApi = {
  preview: (run: RunInput) => call("card_run_preview", { run }),
  texts: (occasion: string, language: Language) => call("get_card_texts", { occasion, language }),
  setTexts: (occasion: string, language: Language, greeting: string, message: string) =>
    call("set_card_texts", { occasion, language, greeting, message }),
  generate: (run: RunInput, layout: string, open: boolean, onProgress: Channel<Progress>) =>
    call("generate_cards", { run, layout, open, onProgress }),
  record: (token: number) => call("record_card_run", { token }),
  runs: () => call("card_runs"),
  settings: () => call("get_card_settings"),
  setSettings: (settings: CardSettingsView) => call("set_card_settings", { settings }),
  followUp: (week: string) => call("follow_up_week", { week }),
  saveFollowUp: (week: string, open: boolean) => call("save_follow_up_sheet", { week, open }),
};
