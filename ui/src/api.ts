// Every call to the backend goes through this module (and the per-feature `api-*.ts` modules
// built on its `call`): one place to type the commands, and one place a test replaces
// (`setInvoke`) to run the UI without the app.

import { invoke as tauriInvoke } from "@tauri-apps/api/core";

/** A wrong field as the backend sends it: its code and values, and the code worded in the UI's
 * language (`locales/<lang>/errors.ftl`), to show beside the field's input. */
export interface FieldMessage { field: string; code?: string; args?: Record<string, string | number>; message: string }

/** An error as the backend sends it: `{kind, message, args, fields}`, worded in the UI's language. */
export class AppError extends Error {
  constructor(public kind: string, message: string, public fields: FieldMessage[] = [], public args: Record<string, string | number> = {}) {
    super(message);
  }
  /** The message for one field, if the backend named it. */
  field(name: string): string | undefined {
    return this.fields.find((f) => f.field === name)?.message;
  }
}

type Invoke = (cmd: string, args?: Record<string, unknown>) => Promise<unknown>;
let invokeImpl: Invoke = tauriInvoke;

export function setInvoke(fn: Invoke): void {
  invokeImpl = fn;
}

export async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return (await invokeImpl(cmd, args)) as T;
  } catch (e) {
    if (e && typeof e === "object" && "kind" in e && "message" in e) {
      const err = e as { kind: string; message: string; fields?: FieldMessage[]; args?: Record<string, string | number> };
      throw new AppError(err.kind, err.message, err.fields ?? [], err.args ?? {});
    }
    throw new AppError("internal", String(e));
  }
}

export interface AppInfo { version: string; db_path: string; schema_version: number; ui_language: Lang; shop_name: string; customers: number; read_only: boolean }

export type Lang = "fr" | "nl" | "en" | "th";

export interface CustomerRow {
  id: number; name: string; company: string; city: string; email: string | null; phone: string | null;
  purchases: number; total: string; last_purchase: string | null;
  /** What a search matched that the row would not show otherwise. */
  hit: { field: "email" | "phone" | "postal_code" | "tag" | "preferences" | "notes"; text: string } | null;
}
/** How the list is sorted and filtered (codes as the store names them; "" is no filter). */
export interface ListArrangement {
  sort: string; descending: boolean; stage: string; segment: string; tag: string; consent: string; city: string;
  birthday_this_month: boolean;
}
export interface SavedView { name: string; search: string; arrangement: ListArrangement }
export interface CustomerList { total: number; rows: CustomerRow[] }
export interface NamedRef { id: number; name: string }
export interface PurchaseView {
  id: number; at: string; amount: string; amount_minor: number; category: string; ticket: string;
  offer_code: string; note: string; refund_of: number | null;
}
export interface InteractionView {
  id: number; customer_id: number; customer_name: string | null; kind: string; status: string; at: string;
  summary: string; details: string; due: string | null; resolution: string; resolved_at: string | null; age_days: number; overdue: boolean;
}
export interface ConsentView { channel: string; granted: boolean; at: string; source: string }
export interface CustomerView {
  id: number; name: string; salutation: string | null; formality: string; first_name: string; last_name: string;
  company: string; emails: string[]; phones: string[]; address_line1: string; address_line2: string;
  postal_code: string; city: string; country: string; birthday: string | null; household: string | null;
  household_members: NamedRef[]; referred_by: NamedRef | null; referrals: NamedRef[]; language: string | null;
  consents: string[]; consent_history: ConsentView[]; tags: string[]; preferences: string; notes: string;
  created_at: string; archived: boolean; purchase_count: number; total: string;
  purchases: PurchaseView[]; interactions: InteractionView[];
}
export interface CustomerInput {
  salutation: string; formality: string; first_name: string; last_name: string; company: string;
  emails: string[]; phones: string[]; address_line1: string; address_line2: string; postal_code: string;
  city: string; country: string; birthday: string; referred_by: number | null; language: string;
  preferences: string; notes: string; tags: string[]; consents: string[];
}
export interface PurchaseInput { at: string; amount: string; category: string; note: string; offer_code: string; ticket: string }
export interface InteractionInput { kind: string; summary: string; details: string; due: string }
export interface BirthdayView { customer_id: number; name: string; date: string; turns: number | null }
export interface Overview {
  customers: number; customers_with_purchase: number; purchases: number; revenue_12m: string;
  revenue_prev_12m: string; consent_post: number; open_complaints: InteractionView[];
  overdue: InteractionView[]; upcoming_birthdays: BirthdayView[];
}
export interface ReminderView {
  id: number; customer_id: number | null; customer_name: string | null; title: string; due: string;
  repeat: string | null; snoozed_until: string | null;
}
export interface ReminderInput { customer_id: number | null; title: string; due: string; repeat_every: number; repeat_unit: string }
export interface ShopView {
  name: string; address_line1: string; address_line2: string; postal_code: string; city: string; country: string;
  language: string; currency: string; phone: string; email: string; signature: string; margin_percent: number;
  /** Read only: the logo is chosen with `chooseShopLogo`. */
  has_logo?: boolean;
}
export interface Settings { ui_language: Lang; shop: ShopView }

export const api = {
  appInfo: () => call<AppInfo>("app_info"),
  loadDemo: (customers: number) => call<number>("load_demo", { customers }),
  listCustomers: (search: string, offset: number, limit: number, arrangement?: ListArrangement) =>
    call<CustomerList>("list_customers", { search, offset, limit, arrangement }),
  listViews: () => call<SavedView[]>("list_views"),
  saveListView: (name: string, search: string, arrangement: ListArrangement) =>
    call<void>("save_list_view", { name, search, arrangement }),
  deleteListView: (name: string) => call<void>("delete_list_view", { name }),
  listChoices: () => call<{ tags: string[]; cities: string[] }>("list_choices"),
  customerPage: (id: number) => call<CustomerView>("customer_page", { id }),
  addCustomer: (customer: CustomerInput) => call<number>("add_customer", { customer }),
  updateCustomer: (id: number, customer: CustomerInput) => call<void>("update_customer", { id, customer }),
  addPurchase: (customer: number, purchase: PurchaseInput) => call<number>("add_purchase", { customer, purchase }),
  addInteraction: (customer: number, interaction: InteractionInput) =>
    call<number>("add_interaction", { customer, interaction }),
  resolveInteraction: (id: number, resolution: string) => call<void>("resolve_interaction", { id, resolution }),
  overview: () => call<Overview>("overview"),
  dueReminders: () => call<ReminderView[]>("due_reminders"),
  addReminder: (reminder: ReminderInput) => call<number>("add_reminder", { reminder }),
  completeReminder: (id: number) => call<void>("complete_reminder", { id }),
  snoozeReminder: (id: number, days: number) => call<void>("snooze_reminder", { id, days }),
  settings: () => call<Settings>("get_settings"),
  setUiLanguage: (language: Lang) => call<void>("set_ui_language", { language }),
  setShopProfile: (shop: ShopView) => call<void>("set_shop_profile", { shop }),
  /** The shop's logo through the native open dialog; the chosen file's name, null if cancelled. */
  chooseShopLogo: () => call<string | null>("choose_shop_logo"),
  cancelJob: (job: number) => call<boolean>("cancel_job", { job }),
};
