// Commands of the analysis: the dashboard's figures and a customer's outlook.

import type { Channel } from "@tauri-apps/api/core";
import { call } from "./api";

import type { AnalysisProgress, LadderSettingsView, ParetoView, RetentionView } from "./generated/ipc";
export { STAGES } from "./generated/ipc";

export type {
  AdvocateView, AnalysisProgress, AnalysisView, DrifterView, LadderMonthView, LadderSettingsView, ModelView, OutlookView,
  ParetoView, RetentionView, SegmentCount, Stage, StageCount,
} from "./generated/ipc";

export const analysisApi = {
  analysis: (onProgress: Channel<AnalysisProgress>) => call("analysis", { onProgress }),
  outlook: (id: number) => call("customer_outlook", { id }),
  ladderSettings: () => call("get_ladder_settings"),
  setLadderSettings: (settings: LadderSettingsView) => call("set_ladder_settings", { settings }),
  setManualStage: (id: number, stage: string | null) => call("set_manual_stage", { id, stage }),
};

/** The leaky bucket: what came in and what leaked out, per month (lost drawn below zero). */
export function bucketSeries(months: RetentionView[]): { labels: string[]; gained: number[]; lost: number[]; active: number[] } {
  return {
    labels: months.map((m) => m.month),
    gained: months.map((m) => m.new + m.reactivated),
    lost: months.map((m) => -m.lost),
    active: months.map((m) => m.active),
  };
}

/** "17% of customers bring 80% of the margin", as whole percentages. */
export function paretoHeadline(p: ParetoView): { customers: number; margin: number } {
  return { customers: Math.round(p.gold_share_of_buyers * 100), margin: Math.round(p.gold_share_of_margin * 100) };
}
