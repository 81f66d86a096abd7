// Import and export commands. The backend opens the native dialogs: the UI only ever sees a
// file's name and the number standing for it.

import type { Channel } from "@tauri-apps/api/core";
import { call } from "./api";
import type {
  CellCorrectionInput, CustomerImportOptions, CustomerImportPreview, ExportInput, Progress, PurchaseImportPreview,
} from "./generated/ipc";
export { SEGMENTS } from "./generated/ipc";

export type {
  CellCorrectionInput, ColumnView, CustomerImportOptions, CustomerImportPreview, CustomerImportResult, ExportInput, ExportResult,
  ProblemView, PurchaseImportPreview, PurchaseImportResult, RejectedView, RowChangeView, RowView, WarningView,
} from "./generated/ipc";

/** A format `export_customers` writes. */
export type ExportFormat = ExportInput["format"];

/** The preview's mapping with column `index` set to `field`, as the backend takes it. */
export function withPurchaseField(preview: PurchaseImportPreview, index: number, field: string): string[] {
  return preview.mapping.map((c) => (c.index === index ? field : c.field));
}

/** Files first, then the newsletter tools' (only customers who consent to e-mail), then labels. */
export const EXPORT_FORMATS: ExportFormat[] = ["csv", "csv-excel", "vcard", "vcard3", "newsletter-mailchimp", "newsletter-brevo", "labels-l7160", "labels-5160"];
export const ENCODINGS = ["auto", "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"];
export const DELIMITERS = ["auto", ";", ",", "tab"];

export const interchangeApi = {
  openCustomerImport: () => call("open_customer_import"),
  previewCustomerImport: (file: number, options: CustomerImportOptions) =>
    call("preview_customer_import", { file, options }),
  importCustomers: (file: number, options: CustomerImportOptions, onProgress: Channel<Progress>) =>
    call("import_customers", { file, options, onProgress }),
  openPurchaseImport: (createCustomers: boolean) => call("open_purchase_import", { createCustomers }),
  previewPurchaseImport: (file: number, createCustomers: boolean, mapping: string[] | null) =>
    call("preview_purchase_import", { file, createCustomers, mapping }),
  importPurchases: (file: number, createCustomers: boolean, mapping: string[] | null, onProgress: Channel<Progress>) =>
    call("import_purchases", { file, createCustomers, mapping, onProgress }),
  exportCustomers: (input: ExportInput) => call("export_customers", { export: input }),
};

/** What the preview was read with, as the shopkeeper set it. `mapping` is null until a
 * column is corrected, then holds every column's field; changing the encoding or separator
 * can change the columns, so it drops the corrections. */
export interface ImportState { encoding: string; delimiter: string; mapping: string[] | null; corrections?: CellCorrectionInput[] }

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
