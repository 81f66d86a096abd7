// Every call to the backend goes through this module (and the per-feature `api-*.ts` modules
// built on its `call`): one place to type the commands, and one place a test replaces
// (`setInvoke`) to run the UI without the app.

import { invoke as tauriInvoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type {
  Command, Commands, CustomerInput, FieldMessage, InteractionInput, IpcError, Language, ListArrangement, PurchaseInput,
  ReminderInput, ShopView,
} from "./generated/ipc";

// The types of the IPC are generated from the Rust ones (src-tauri/src/contract.rs): the
// screens import them from here.
export type {
  AppInfo, BirthdayView, ConsentChannel, ConsentView, CustomerInput, CustomerList, CustomerRow, CustomerView, FieldMessage,
  InteractionInput, InteractionView, IpcError, Language, ListArrangement, ListChoices, NamedRef, OverviewView, PurchaseInput,
  PurchaseView, ReminderInput, ReminderView, SavedView, SettingsView, ShopView,
} from "./generated/ipc";

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

type Invoke = (cmd: Command, args?: Record<string, unknown>) => Promise<unknown>;
let invokeImpl: Invoke = tauriInvoke;

export function setInvoke(fn: Invoke): void {
  invokeImpl = fn;
}

/** A command's arguments: left out when it takes none (or only optional ones). */
type Args<C extends Command> = {} extends Commands[C]["args"] ? [args?: Commands[C]["args"]] : [args: Commands[C]["args"]];

/** Calls command `cmd` with its arguments, both typed by the generated `Commands`. */
export async function call<C extends Command>(cmd: C, ...[args]: Args<C>): Promise<Commands[C]["returns"]> {
  try {
    return (await invokeImpl(cmd, args as Record<string, unknown> | undefined)) as Commands[C]["returns"];
  } catch (e) {
    if (e && typeof e === "object" && "kind" in e && "message" in e) {
      const err = e as IpcError;
      throw new AppError(err.kind, err.message, err.fields ?? [], err.args ?? {});
    }
    throw new AppError("internal", String(e));
  }
}

/** The UI's languages: the app's `Language` (the short name the UI has always used). */
export type Lang = Language;

export const api = {
  appInfo: () => call("app_info"),
  loadDemo: (customers: number) => call("load_demo", { customers }),
  listCustomers: (search: string, offset: number, limit: number, arrangement?: ListArrangement) =>
    call("list_customers", { search, offset, limit, arrangement }),
  listViews: () => call("list_views"),
  saveListView: (name: string, search: string, arrangement: ListArrangement) =>
    call("save_list_view", { name, search, arrangement }),
  deleteListView: (name: string) => call("delete_list_view", { name }),
  listChoices: () => call("list_choices"),
  customerPage: (id: number) => call("customer_page", { id }),
  addCustomer: (customer: CustomerInput) => call("add_customer", { customer }),
  updateCustomer: (id: number, customer: CustomerInput) => call("update_customer", { id, customer }),
  addPurchase: (customer: number, purchase: PurchaseInput) => call("add_purchase", { customer, purchase }),
  addInteraction: (customer: number, interaction: InteractionInput) =>
    call("add_interaction", { customer, interaction }),
  resolveInteraction: (id: number, resolution: string) => call("resolve_interaction", { id, resolution }),
  overview: () => call("overview"),
  dueReminders: () => call("due_reminders"),
  addReminder: (reminder: ReminderInput) => call("add_reminder", { reminder }),
  completeReminder: (id: number) => call("complete_reminder", { id }),
  snoozeReminder: (id: number, days: number) => call("snooze_reminder", { id, days }),
  settings: () => call("get_settings"),
  setUiLanguage: (language: Lang) => call("set_ui_language", { language }),
  setShopProfile: (shop: ShopView) => call("set_shop_profile", { shop }),
  /** How years are counted on screen and in print: `gregorian` or `buddhist`. */
  setCalendar: (calendar: string) => call("set_calendar", { calendar }),
  /** The shop's logo through the native open dialog; the chosen file's name, null if cancelled. */
  chooseShopLogo: () => call("choose_shop_logo"),
  cancelJob: (job: number) => call("cancel_job", { job }),
  /** Whether some form holds changes not saved: closing the window then asks first. */
  setUnsavedWork: (unsaved: boolean) => call("set_unsaved_work", { unsaved }),
  /** Closes the window, the shopkeeper having agreed to lose what was not saved. */
  closeWindow: () => call("close_window"),
  /** `handler` runs when the window was asked to close while a form held changes not saved. */
  onCloseRequested: (handler: () => void) => listen("close-requested", handler),
};
