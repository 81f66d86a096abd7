// The cards and follow-up commands (src-tauri/src/commands/cards.rs), typed.

import type { Channel } from "@tauri-apps/api/core";
import { call } from "./api";
import type {
  CardRunReportView, CardRunView, CardSettingsView, CardTextsView, FollowUpView, GeneratedView, Language, Progress, RecordedView,
  RunInput,
} from "./generated/ipc";

export type {
  CardRunReportView, CardRunView, CardSettingsView, CardTextsView, CardView, FollowUpEntryView, FollowUpGroupView, FollowUpView,
  GeneratedView, Language, RecordedView, RunInput, RunKind, SkippedView, SkipReason,
} from "./generated/ipc";

export const cardsApi = {
  preview: (run: RunInput) => call<CardRunView>("card_run_preview", { run }),
  texts: (occasion: string, language: Language) => call<CardTextsView>("get_card_texts", { occasion, language }),
  setTexts: (occasion: string, language: Language, greeting: string, message: string) =>
    call<void>("set_card_texts", { occasion, language, greeting, message }),
  generate: (run: RunInput, layout: string, open: boolean, onProgress: Channel<Progress>) =>
    call<GeneratedView>("generate_cards", { run, layout, open, onProgress }),
  record: (token: number) => call<RecordedView>("record_card_run", { token }),
  runs: () => call<CardRunReportView[]>("card_runs"),
  settings: () => call<CardSettingsView>("get_card_settings"),
  setSettings: (settings: CardSettingsView) => call<void>("set_card_settings", { settings }),
  followUp: (week: string) => call<FollowUpView>("follow_up_week", { week }),
  saveFollowUp: (week: string, open: boolean) => call<string | null>("save_follow_up_sheet", { week, open }),
};
