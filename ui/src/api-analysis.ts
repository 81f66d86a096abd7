// Commands of the analysis: the dashboard's figures and a customer's outlook.

import type { Channel } from "@tauri-apps/api/core";
import { call } from "./api";

/** A fresh analysis's step: `reading`, `computing`, `recording` (`done` of `total`). */
export interface AnalysisProgress { step: string; done: number; total: number }
export interface StageCount { stage: string; count: number }
export interface LadderMonth { month: string; up: number; down: number; entered: number }
export interface ParetoView { gold_customers: number; gold_share_of_buyers: number; gold_share_of_margin: number; curve: [number, number][] }
export interface RetentionMonth {
  month: string; new: number; reactivated: number; lost: number; active: number;
  repurchase_rate: number | null; retention_rate: number | null;
}
export interface Drifter { id: number; name: string; reason: string; p_alive: number | null; clv: string; phone: string; tel: string | null }
export interface Advocate { id: number; name: string; referred: number; referred_buyers: number; revenue: string }
export interface AnalysisView {
  as_of: string; customers: number; buyers: number; ladder: StageCount[]; ladder_moves: LadderMonth[];
  pareto: ParetoView; rfm_grid: number[][]; segments: { segment: string; count: number }[];
  retention: RetentionMonth[]; drifting: Drifter[]; advocates: Advocate[]; satisfied_not_returning: number;
  model: { bgnbd: [number, number, number, number] | null; gamma_gamma: [number, number, number] | null; unavailable_reason: string | null };
}
export interface Outlook {
  stage: string | null; manual_stage: boolean; segment: string | null; p_alive: number | null;
  expected_purchases_12m: number | null; clv_12m: string | null; basis: string | null; note: string | null;
  drifting_reason: string | null;
}

export interface LadderSettings { supporter_min_purchases: number; drift_threshold_percent: number; discount_rate_percent: number }

export const STAGES = ["prospect", "customer", "client", "supporter", "advocate", "partner"] as const;

export const analysisApi = {
  analysis: (onProgress: Channel<AnalysisProgress>) => call<AnalysisView>("analysis", { onProgress }),
  outlook: (id: number) => call<Outlook>("customer_outlook", { id }),
  ladderSettings: () => call<LadderSettings>("get_ladder_settings"),
  setLadderSettings: (settings: LadderSettings) => call<void>("set_ladder_settings", { settings }),
  setManualStage: (id: number, stage: string | null) => call<void>("set_manual_stage", { id, stage }),
};

/** The leaky bucket: what came in and what leaked out, per month (lost drawn below zero). */
export function bucketSeries(months: RetentionMonth[]): { labels: string[]; gained: number[]; lost: number[]; active: number[] } {
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
