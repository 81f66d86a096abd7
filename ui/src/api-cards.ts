// The cards and follow-up commands (src-tauri/src/commands/cards.rs), typed.

import type { Channel } from "@tauri-apps/api/core";
import { call } from "./api";
import type { Progress } from "./progress";

export type RunKind = "monthly" | "birthday" | "anniversary";
export interface RunInput { kind: RunKind; month: string; from: string; to: string; households: boolean }

export type CardLanguage = "fr" | "en" | "nl";
export interface CardView {
  customer_id: number; members: number[]; name: string; salutation: string;
  /** The card is in its recipient's language, with that language's greeting and message. */
  language: CardLanguage; greeting: string; message: string;
  personal_kind: "thanks" | "offer" | null; personal: string; offer_code: string | null; offer_line: string | null;
  offer_percent: number | null; stage: string | null; address: string[]; recorded: boolean;
}
export interface SkippedView { customer_id: number; name: string; reason: string }
export interface CardRunView {
  kind: RunKind; period: string; design: string; language: CardLanguage; greeting: string; message: string; signature: string;
  shop_name: string; shop_address: string[]; cards: CardView[]; skipped: SkippedView[];
  skipped_counts: Record<string, number>; customers: number; household_members: number; new_cards: number;
  stages: "ladder" | "purchase_count";
}
export interface CardTexts {
  occasion: string; greeting: string; message: string; default_greeting: string; default_message: string; language: CardLanguage;
}
export interface Generated { token: number; file_name: string | null; cards: number; pages: number; new_cards: number; cancelled: boolean }
export interface Recorded { run_id: number | null; customers: number; cards: number }
export interface CardRunReport {
  id: number; kind: RunKind; period: string; design: string; layout: string; households: boolean; created_at: string;
  customers: number; cards: number; offers: number; redeemed: number; redeemed_amount: string;
}
export interface CardSettings {
  offers: Record<string, number>; thanks_days: number; purchase_days: number; purchase_min: string;
  complaint_days: number; drifting_max: number;
}
export interface FollowUpEntry { customer_id: number | null; reminder_id: number | null; name: string; phone: string; tel: string | null; date: string | null; why: string }
export interface FollowUpGroup { reason: string; entries: FollowUpEntry[] }
export interface FollowUpWeek { week: string; week_label: string; monday: string; sunday: string; groups: FollowUpGroup[]; drifting_unavailable: string | null }

export const cardsApi = {
  preview: (run: RunInput) => call<CardRunView>("card_run_preview", { run }),
  texts: (occasion: string, language: CardLanguage) => call<CardTexts>("get_card_texts", { occasion, language }),
  setTexts: (occasion: string, language: CardLanguage, greeting: string, message: string) =>
    call<void>("set_card_texts", { occasion, language, greeting, message }),
  generate: (run: RunInput, layout: string, open: boolean, onProgress: Channel<Progress>) =>
    call<Generated>("generate_cards", { run, layout, open, onProgress }),
  record: (token: number) => call<Recorded>("record_card_run", { token }),
  runs: () => call<CardRunReport[]>("card_runs"),
  settings: () => call<CardSettings>("get_card_settings"),
  setSettings: (settings: CardSettings) => call<void>("set_card_settings", { settings }),
  followUp: (week: string) => call<FollowUpWeek>("follow_up_week", { week }),
  saveFollowUp: (week: string, open: boolean) => call<string | null>("save_follow_up_sheet", { week, open }),
};
