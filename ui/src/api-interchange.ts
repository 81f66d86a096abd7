// Import and export commands. The backend opens the native dialogs: the UI only ever sees a
// file's name and the number standing for it.

import type { Channel } from "@tauri-apps/api/core";
import { call } from "./api";
import type { Progress } from "./progress";

/** One thing wrong with a refused row: a stable `code` with the values it names (`args`), and
 * the English sentence (`text`) for a code this UI does not know. */
export interface ProblemView { field: string; code: string; args: Record<string, string>; text: string }
/** A refused row: its problems, each worded by the backend in the UI's language. */
export interface RejectedView { line: number; reason: string; problems?: ProblemView[] }
export interface ColumnView { index: number; header: string; field: string }
/** A row of a customer import's preview: `reason` is the CLI's English; the app words the rest. */
export interface RowView {
  line: number; name: string; action: "new" | "update" | "duplicate"; reason: string;
  matched_by?: string | null; matched_name?: string | null; matched_line?: number | null;
  changes?: { code: string; value: string }[];
}

export interface CustomerImportPreview {
  file: number; file_name: string; format: string; format_code: string; encoding: string; delimiter: string | null;
  mapping: ColumnView[]; fields: string[]; new: number; updated: number; duplicates: number;
  rejected: RejectedView[]; rejected_total: number; warnings: WarningView[]; rows: RowView[];
  /** The mapping is the one corrected before for these headers. */
  remembered: boolean;
}

/** A value of a customer who comes in that could not be read: left out (a phone kept as
 * typed). `column_index` is null for vCards, whose values cannot be corrected here. */
export interface WarningView {
  line: number; field: string; column: string; column_index: number | null; code: string; args: Record<string, string>;
  value: string; text: string;
}

/** A cell's value as the shopkeeper corrected it in the preview. */
export interface CellCorrection { line: number; column: number; value: string }

/** The shopkeeper's corrections: "auto" (or empty) keeps what was detected. */
export interface CustomerImportOptions { encoding: string; delimiter: string; format: string; mapping: string[]; corrections: CellCorrection[] }

export interface CustomerImportResult { new: number; updated: number; duplicates: number; rejected: number; warnings: number; cancelled: boolean }

/** `till` names the till recognised; `mapping` is each column's field, `fields` the codes a
 * column can take; `missing` the field no column feeds yet (nothing is read until one does).
 * `warnings` are values left out of sales that still come in (their lines in `warnings_lines`). */
export interface PurchaseImportPreview {
  file: number; file_name: string; till: string; encoding: string; delimiter: string;
  mapping: ColumnView[]; fields: string[]; remembered: boolean; missing: string | null;
  rows: number; new: number; duplicates: number; new_customers: number; anonymous: number; refunds: number;
  rejected: RejectedView[]; rejected_total: number;
  warnings: ProblemView[]; warnings_lines: number[]; warnings_total: number;
}
export interface PurchaseImportResult {
  new: number; duplicates: number; new_customers: number; anonymous: number; rejected: number; warnings: number; cancelled: boolean;
}

/** The preview's mapping with column `index` set to `field`, as the backend takes it. */
export function withPurchaseField(preview: PurchaseImportPreview, index: number, field: string): string[] {
  return preview.mapping.map((c) => (c.index === index ? field : c.field));
}

export type ExportFormat = "csv" | "csv-excel" | "vcard" | "vcard3" | "newsletter-mailchimp" | "newsletter-brevo" | "labels-l7160" | "labels-5160";
/** `stage` is a loyalty-ladder stage code and `segment` an RFM segment code; empty for anyone. */
export interface ExportInput { format: ExportFormat; tag: string; consent: string; search: string; stage: string; segment: string; household: boolean }
export interface ExportResult { file_name: string; count: number }

/** Files first, then the newsletter tools' (only customers who consent to e-mail), then labels. */
export const EXPORT_FORMATS: ExportFormat[] = ["csv", "csv-excel", "vcard", "vcard3", "newsletter-mailchimp", "newsletter-brevo", "labels-l7160", "labels-5160"];
export const ENCODINGS = ["auto", "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"];
export const DELIMITERS = ["auto", ";", ",", "tab"];
/** The RFM segments' codes, best first (as `fidele_analytics::Segment::ALL`). */
export const SEGMENTS = [
  "champions", "loyal", "potential_loyalists", "new", "promising", "need_attention",
  "about_to_sleep", "at_risk", "cant_lose_them", "hibernating", "lost",
] as const;

export const interchangeApi = {
  openCustomerImport: () => call<CustomerImportPreview | null>("open_customer_import"),
  previewCustomerImport: (file: number, options: CustomerImportOptions) =>
    call<CustomerImportPreview>("preview_customer_import", { file, options }),
  importCustomers: (file: number, options: CustomerImportOptions, onProgress: Channel<Progress>) =>
    call<CustomerImportResult>("import_customers", { file, options, onProgress }),
  openPurchaseImport: (createCustomers: boolean) => call<PurchaseImportPreview | null>("open_purchase_import", { createCustomers }),
  previewPurchaseImport: (file: number, createCustomers: boolean, mapping: string[] | null) =>
    call<PurchaseImportPreview>("preview_purchase_import", { file, createCustomers, mapping }),
  importPurchases: (file: number, createCustomers: boolean, mapping: string[] | null, onProgress: Channel<Progress>) =>
    call<PurchaseImportResult>("import_purchases", { file, createCustomers, mapping, onProgress }),
  exportCustomers: (input: ExportInput) => call<ExportResult | null>("export_customers", { export: input }),
};

/** What the preview was read with, as the shopkeeper set it. `mapping` is null until a
 * column is corrected, then holds every column's field; changing the encoding or separator
 * can change the columns, so it drops the corrections. */
export interface ImportState { encoding: string; delimiter: string; mapping: string[] | null; corrections?: CellCorrection[] }

export function withEncoding(state: ImportState, encoding: string): ImportState {
  return { ...state, encoding, mapping: null, corrections: [] };
}

export function withDelimiter(state: ImportState, delimiter: string): ImportState {
  return { ...state, delimiter, mapping: null, corrections: [] };
}

/** Sets the value of one cell (the record starting on `line`, column `column`); a later
 * correction of the same cell replaces the earlier one. */
export function withCorrection(state: ImportState, line: number, column: number, value: string): ImportState {
  const others = (state.corrections ?? []).filter((c) => c.line !== line || c.column !== column);
  return { ...state, corrections: [...others, { line, column, value }] };
}

/** Sets column `index` to `field`, starting from the preview's mapping. */
export function withField(state: ImportState, preview: CustomerImportPreview, index: number, field: string): ImportState {
  const mapping = state.mapping ?? preview.mapping.map((c) => c.field);
  return { ...state, mapping: mapping.map((f, i) => (i === index ? field : f)) };
}

export function importOptions(state: ImportState): CustomerImportOptions {
  return { encoding: state.encoding, delimiter: state.delimiter, format: "auto", mapping: state.mapping ?? [], corrections: state.corrections ?? [] };
}

/** Labels go only to customers who consent to post: the consent filter is fixed for them. */
export function isLabels(format: ExportFormat): boolean {
  return format.startsWith("labels-");
}
