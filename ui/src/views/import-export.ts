// Import and export: choose a file in the native dialog, see what it would do (encoding,
// counts, each refused row with its line and reason, the columns' fields to correct), import
// it with a progress bar that can cancel, and export contact lists and mailing labels.

import { AppError } from "../api";
import { STAGES } from "../api-analysis";
import {
  DELIMITERS,
  ENCODINGS,
  EXPORT_FORMATS,
  SEGMENTS,
  type CustomerImportPreview,
  type ExportFormat,
  type ExportInput,
  type ImportState,
  type ProblemView,
  type PurchaseImportPreview,
  type RejectedView,
  type RowView,
  type WarningView,
  importOptions,
  interchangeApi,
  isLabels,
  withDelimiter,
  withCorrection,
  withEncoding,
  withField,
  withPurchaseField,
} from "../api-interchange";
import { h, mount } from "../dom";
import { has, language, t, type Key } from "../i18n";
import { progressView } from "../progress";

function errorText(e: unknown): string {
  return e instanceof AppError ? e.message : String(e);
}

function select(id: string, values: string[], label: (v: string) => string, current: string): HTMLSelectElement {
  const el = h("select", { id }, values.map((v) => h("option", { value: v }, label(v))));
  el.value = current;
  return el;
}

function fieldLabel(code: string): string {
  return t(`io-field-${code}` as Key);
}

function delimiterLabel(d: string): string {
  if (d === "auto") return t("io-auto");
  if (d === "tab") return t("io-tab");
  return `« ${d} »`;
}

/** A field's name in the shopkeeper's language: a customer field, a till column, or as is. */
function problemField(field: string): string {
  if (field === "") return "";
  const customerField = `io-field-${field}`;
  if (has(customerField)) return t(customerField);
  const tillColumn = `io-pfield-${field}`;
  if (has(tillColumn)) return t(tillColumn);
  return field;
}

/** One problem in the shopkeeper's language: the field's label, then the backend's words for
 * the code (`error-<code>` of errors.ftl, worded in the UI's language, as a form's errors are). */
export function problemText(p: ProblemView): string {
  const field = problemField(p.field);
  // French sets a colon apart; the other three languages do not.
  const colon = language() === "fr" ? " : " : ": ";
  return field ? `${field}${colon}${p.text}` : p.text;
}

/** What an imported row adds to the customer it matched, in the shopkeeper's language; null
 * for a change this UI does not know (the caller then shows the backend's sentence). */
function changeText(c: { code: string; value: string }): string | null {
  const key = `io-change-${c.code}`;
  if (!has(key)) return null;
  // A channel or a language is named in words; anything else (an e-mail, a tag) as it is.
  const named = [`channel-${c.value}`, `lang-${c.value}`].find(has);
  return t(key, { arg0: named ? t(named) : c.value });
}

/** Why a previewed row is new, an update or a duplicate, in the shopkeeper's language. */
export function rowReason(r: RowView): string {
  const key = `io-match-${r.matched_by ?? ""}`;
  if (!r.matched_by || !has(key)) return "";
  const by = t(key);
  if (r.action === "update") {
    const changes = (r.changes ?? []).map(changeText);
    return t("io-row-adds", { by, name: r.matched_name ?? "", changes: changes.map((c, i) => c ?? r.changes[i].value).join(", ") });
  }
  if (r.matched_line != null) {
    return r.matched_name
      ? t("io-row-same-as-line-of", { by, line: r.matched_line, name: r.matched_name })
      : t("io-row-same-as-line", { by, line: r.matched_line });
  }
  return t("io-row-nothing-new", { by, name: r.matched_name ?? "" });
}

/** Why a row was refused, in the shopkeeper's language. */
export function rejectedReason(r: RejectedView): string {
  return r.problems && r.problems.length > 0 ? r.problems.map(problemText).join(" ; ") : r.reason;
}

export function rejectedList(rejected: RejectedView[], total: number): HTMLElement {
  if (total === 0) return h("p", { class: "muted", id: "import-rejected" }, t("io-none-rejected"));
  return h(
    "div",
    { id: "import-rejected" },
    h("h3", {}, t("io-rejected-title", { n: total })),
    h(
      "ul",
      { class: "rejected" },
      rejected.map((r) => h("li", { "data-line": r.line }, h("strong", {}, t("io-line", { n: r.line })), " ", rejectedReason(r))),
    ),
    total > rejected.length ? h("p", { class: "muted" }, t("io-more-rejected", { n: total - rejected.length })) : null,
  );
}

/** The values left out of customers who come in, apart from the refused rows: each with its
 * line, column, value and reason, and an input to correct it (the preview is read again
 * with the corrected value before anything is written). */
export function warningList(warnings: WarningView[], correct: (w: WarningView, value: string) => void): HTMLElement {
  if (warnings.length === 0) return h("p", { class: "muted", id: "import-warnings" }, t("io-no-warnings"));
  return h(
    "div",
    { id: "import-warnings" },
    h("h3", {}, t("io-warnings-title", { n: warnings.length })),
    h("p", { class: "muted" }, t("io-warnings-help")),
    h(
      "ul",
      { class: "rejected warnings" },
      warnings.map((w, i) => {
        const reason = problemText({ field: w.field, code: w.code, args: w.args, text: w.text });
        let fix: HTMLElement | null = null;
        if (w.column_index !== null) {
          const input = h("input", { type: "text", id: `warning-value-${i}`, value: w.value, "aria-label": t("io-corrected-value") });
          const apply = h("button", { id: `warning-correct-${i}`, type: "button" }, t("io-correct"));
          const submit = () => correct(w, input.value);
          apply.addEventListener("click", submit);
          input.addEventListener("keydown", (e) => {
            if (e.key === "Enter") submit();
          });
          fix = h("span", { class: "row-line" }, input, apply);
        }
        return h(
          "li",
          { "data-line": w.line, "data-field": w.field, "data-code": w.code },
          h("strong", {}, t("io-line", { n: w.line })),
          " ",
          t("io-warning-column", { column: w.column }),
          " — ",
          reason,
          fix ? h("div", {}, fix) : null,
        );
      }),
    ),
  );
}

function counts(items: [Key, number, string][]): HTMLElement {
  return h(
    "div",
    { class: "tiles import-counts", id: "import-counts" },
    // `count-…`, not the bare name: `.duplicates` is the duplicates view's list, and its rule
    // took this tile's padding away.
    items.map(([label, n, cls]) => h("div", { class: `tile count-${cls}`, "data-count": cls }, h("span", { class: "label" }, t(label)), h("strong", {}, String(n)))),
  );
}

/** The customer preview: how the file was read, what it would do, and the mapping to correct. */
export function customerPreview(
  preview: CustomerImportPreview,
  state: ImportState,
  reread: (next: ImportState) => void,
  actions: HTMLElement | null = null,
): HTMLElement {
  const encoding = select("import-encoding-choice", ENCODINGS, (e) => (e === "auto" ? t("io-auto") : e), state.encoding);
  encoding.addEventListener("change", () => reread(withEncoding(state, encoding.value)));
  const delimiter = select("import-delimiter-choice", DELIMITERS, delimiterLabel, state.delimiter);
  delimiter.addEventListener("change", () => reread(withDelimiter(state, delimiter.value)));
  const detected = [
    h("span", { id: "import-format" }, preview.format),
    h("span", { id: "import-encoding", class: "badge" }, preview.encoding),
    preview.delimiter ? t("io-separator", { d: preview.delimiter === "tab" ? t("io-tab") : preview.delimiter }) : null,
  ];
  const mapping = preview.mapping.length
    ? h(
        "table",
        { class: "data mapping", id: "import-mapping" },
        h("tr", {}, h("th", {}, t("io-column")), h("th", {}, t("io-field"))),
        preview.mapping.map((c) => {
          const choice = select(`map-${c.index}`, preview.fields, fieldLabel, c.field);
          choice.addEventListener("change", () => reread(withField(state, preview, c.index, choice.value)));
          return h("tr", {}, h("td", {}, c.header || t("io-column-n", { n: c.index + 1 })), h("td", {}, choice));
        }),
      )
    : null;
  return h(
    "div",
    { class: "import-preview", id: "customer-preview" },
    h("p", { class: "file-line" }, h("strong", {}, preview.file_name), " — ", detected.filter((d) => d !== null).flatMap((d, i) => [i ? ", " : "", d])),
    h("div", { class: "inline-form" }, h("div", { class: "field" }, h("label", { for: encoding.id }, t("io-encoding")), encoding), preview.delimiter !== null ? h("div", { class: "field" }, h("label", { for: delimiter.id }, t("io-delimiter")), delimiter) : null),
    counts([
      ["io-new", preview.new, "new"],
      ["io-updated", preview.updated, "updated"],
      ["io-duplicates", preview.duplicates, "duplicates"],
      ["io-rejected", preview.rejected_total, "rejected"],
      ["io-warnings", preview.warnings.length, "warnings"],
    ]),
    rejectedList(preview.rejected, preview.rejected_total),
    warningList(preview.warnings, (w, value) => {
      if (w.column_index !== null) reread(withCorrection(state, w.line, w.column_index, value));
    }),
    actions,
    preview.remembered ? h("p", { class: "muted", id: "import-remembered" }, t("io-remembered")) : null,
    mapping ? h("details", { open: true }, h("summary", {}, t("io-mapping")), mapping) : null,
    preview.rows.length
      ? h(
          "details",
          {},
          h("summary", {}, t("io-rows-title")),
          h(
            "table",
            { class: "data", id: "import-rows" },
            preview.rows.map((r) =>
              h("tr", { class: r.action }, h("td", { class: "muted" }, t("io-line", { n: r.line })), h("td", {}, r.name), h("td", {}, t(`io-action-${r.action}` as Key)), h("td", { class: "muted" }, rowReason(r))),
            ),
          ),
        )
      : null,
  );
}

function customersSection(): HTMLElement {
  const body = h("div", {});
  const message = h("p", { class: "result", id: "import-result", "aria-live": "polite" });
  let preview: CustomerImportPreview | null = null;
  let state: ImportState = { encoding: "auto", delimiter: "auto", mapping: null, corrections: [] };

  const draw = () => {
    if (!preview) return mount(body);
    const current = preview;
    const commit = h("button", { class: "primary", id: "import-customers-commit", disabled: current.new + current.updated === 0 }, t("io-import-customers", { n: current.new + current.updated }));
    const progress = progressView(t("io-cancel"));
    commit.addEventListener("click", async () => {
      commit.setAttribute("disabled", "");
      message.textContent = "";
      try {
        const r = await interchangeApi.importCustomers(current.file, importOptions(state), progress.channel);
        message.textContent = r.cancelled
          ? t("io-cancelled")
          : t("io-customers-done-all", { new: r.new, updated: r.updated, duplicates: r.duplicates, rejected: r.rejected, warnings: r.warnings });
        if (!r.cancelled) preview = null;
      } catch (e) {
        message.textContent = errorText(e);
      } finally {
        progress.finish();
        draw();
      }
    });
    mount(body, customerPreview(current, state, reread, h("div", {}, h("div", { class: "actions" }, commit), progress.element)));
  };
  const reread = async (next: ImportState) => {
    if (!preview) return;
    try {
      preview = await interchangeApi.previewCustomerImport(preview.file, importOptions(next));
      state = next;
      message.textContent = "";
    } catch (e) {
      message.textContent = errorText(e);
    }
    draw();
  };
  const choose = h("button", { id: "import-customers-choose" }, t("io-choose-file"));
  choose.addEventListener("click", async () => {
    message.textContent = "";
    try {
      const chosen = await interchangeApi.openCustomerImport();
      if (chosen) {
        preview = chosen;
        state = { encoding: "auto", delimiter: "auto", mapping: null, corrections: [] };
      }
    } catch (e) {
      message.textContent = errorText(e);
    }
    draw();
  });
  return h("section", { class: "card", id: "import-customers" }, h("h2", {}, t("io-customers-title")), h("p", { class: "muted" }, t("io-customers-help")), choose, body, message);
}

function purchaseFieldLabel(code: string): string {
  const key = `io-pfield-${code}`;
  return has(key) ? t(key) : code;
}

/** Values left out of sales that still come in: told apart from the refused rows. */
function saleWarningList(p: PurchaseImportPreview): HTMLElement | null {
  if (p.warnings_total === 0) return null;
  return h(
    "div",
    { id: "import-warnings" },
    h("h3", {}, t("io-sale-warnings-title", { n: p.warnings_total })),
    h(
      "ul",
      { class: "warnings" },
      p.warnings.map((w, i) => h("li", { "data-line": p.warnings_lines[i] }, h("strong", {}, t("io-line", { n: p.warnings_lines[i] })), " ", problemText(w))),
    ),
    p.warnings_total > p.warnings.length ? h("p", { class: "muted" }, t("io-more-rejected", { n: p.warnings_total - p.warnings.length })) : null,
  );
}

/** The till preview: the till and how the file was read, what it would do, each column's field
 * to correct (the preview follows each change before anything is written). */
export function purchasePreview(p: PurchaseImportPreview, remap: (index: number, field: string) => void, actions: HTMLElement): HTMLElement {
  const mapping = p.mapping.length
    ? h(
        "table",
        { class: "data mapping", id: "purchase-mapping" },
        h("tr", {}, h("th", {}, t("io-column")), h("th", {}, t("io-field"))),
        p.mapping.map((c) => {
          const choice = select(`pmap-${c.index}`, p.fields, purchaseFieldLabel, c.field);
          choice.addEventListener("change", () => remap(c.index, choice.value));
          return h("tr", {}, h("td", {}, c.header || t("io-column-n", { n: c.index + 1 })), h("td", {}, choice));
        }),
      )
    : null;
  const how = [
    h("span", { id: "purchase-till", class: "badge" }, t(`io-till-${p.till}` as Key)),
    ", ",
    h("span", { class: "badge" }, p.encoding),
    ...(p.delimiter ? [", ", t("io-separator", { d: p.delimiter === "tab" ? t("io-tab") : p.delimiter })] : []),
    ", ",
    t("io-receipts", { n: p.rows }),
  ];
  return h(
    "div",
    { class: "import-preview", id: "purchase-preview" },
    h("p", { class: "file-line" }, h("strong", {}, p.file_name), " — ", ...how),
    p.remembered ? h("p", { class: "muted", id: "purchase-remembered" }, t("io-mapping-remembered")) : null,
    p.missing ? h("p", { class: "error", id: "purchase-missing" }, t("io-missing-column", { field: purchaseFieldLabel(p.missing) })) : null,
    counts([
      ["io-new-purchases", p.new, "new"],
      ["io-new-customers", p.new_customers, "updated"],
      ["io-duplicates", p.duplicates, "duplicates"],
      ["io-anonymous", p.anonymous, "anonymous"],
      ["io-rejected", p.rejected_total, "rejected"],
      ["io-sale-warnings", p.warnings_total, "warnings"],
    ]),
    rejectedList(p.rejected, p.rejected_total),
    saleWarningList(p),
    actions,
    mapping ? h("details", { open: true }, h("summary", {}, t("io-mapping")), mapping) : null,
  );
}

function purchasesSection(): HTMLElement {
  const body = h("div", {});
  const message = h("p", { class: "result", id: "purchases-result", "aria-live": "polite" });
  const create = h("input", { type: "checkbox", id: "create-customers" });
  let preview: PurchaseImportPreview | null = null;
  /** The shopkeeper's field per column; null while they have changed nothing. */
  let mapping: string[] | null = null;

  const reread = async () => {
    if (!preview) return;
    try {
      preview = await interchangeApi.previewPurchaseImport(preview.file, create.checked, mapping);
      message.textContent = "";
    } catch (e) {
      message.textContent = errorText(e);
    }
    draw();
  };
  const draw = () => {
    if (!preview) return mount(body);
    const current = preview;
    const commit = h("button", { class: "primary", id: "import-purchases-commit", disabled: current.new === 0 }, t("io-import-purchases", { n: current.new }));
    const progress = progressView(t("io-cancel"));
    commit.addEventListener("click", async () => {
      commit.setAttribute("disabled", "");
      try {
        const r = await interchangeApi.importPurchases(current.file, create.checked, mapping, progress.channel);
        message.textContent = r.cancelled
          ? t("io-cancelled")
          : t("io-purchases-done", { new: r.new, customers: r.new_customers, duplicates: r.duplicates }) + (r.anonymous ? " " + t("io-anonymous-done", { n: r.anonymous }) : "");
        if (!r.cancelled) {
          preview = null;
          mapping = null;
        }
      } catch (e) {
        message.textContent = errorText(e);
      } finally {
        progress.finish();
        draw();
      }
    });
    const remap = (index: number, field: string) => {
      mapping = withPurchaseField(current, index, field);
      void reread();
    };
    mount(body, purchasePreview(current, remap, h("div", {}, h("div", { class: "actions" }, commit), progress.element)));
  };
  create.addEventListener("change", () => void reread());
  const choose = h("button", { id: "import-purchases-choose" }, t("io-choose-file"));
  choose.addEventListener("click", async () => {
    message.textContent = "";
    try {
      const chosen = await interchangeApi.openPurchaseImport(create.checked);
      if (chosen) {
        preview = chosen;
        mapping = null;
      }
    } catch (e) {
      message.textContent = errorText(e);
    }
    draw();
  });
  return h(
    "section",
    { class: "card", id: "import-purchases" },
    h("h2", {}, t("io-purchases-title")),
    h("p", { class: "muted" }, t("io-purchases-help")),
    h("div", { class: "row-line" }, choose, h("label", { class: "checkbox" }, create, " ", t("io-create-customers"))),
    body,
    message,
  );
}

/** What the export form asks for, as the backend takes it. */
export function exportInput(form: HTMLElement, format: ExportFormat): ExportInput {
  const value = (id: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? "";
  return {
    format,
    tag: value("export-tag"),
    consent: value("export-consent"),
    search: value("export-search"),
    stage: value("export-stage"),
    segment: value("export-segment"),
    household: form.querySelector<HTMLInputElement>("#export-household")?.checked ?? false,
  };
}

export function exportSection(): HTMLElement {
  const tag = h("input", { type: "text", id: "export-tag" });
  const search = h("input", { type: "search", id: "export-search" });
  const consent = select("export-consent", ["", "post", "email", "phone", "sms"], (c) => (c ? t(`io-consent-${c}` as Key) : t("io-anyone")), "");
  const stage = select("export-stage", ["", ...STAGES], (s) => (s ? t(`stage-${s}` as Key) : t("io-anyone")), "");
  const segment = select("export-segment", ["", ...SEGMENTS], (s) => (s ? t(`segment-${s}` as Key) : t("io-anyone")), "");
  const household = h("input", { type: "checkbox", id: "export-household" });
  const message = h("p", { class: "result", id: "export-result", "aria-live": "polite" });
  let section: HTMLElement | null = null;
  const run = async (format: ExportFormat, button: HTMLButtonElement) => {
    if (!section) return;
    button.setAttribute("disabled", "");
    message.textContent = "";
    try {
      const r = await interchangeApi.exportCustomers(exportInput(section, format));
      if (r) message.textContent = t(isLabels(format) ? "io-labels-done" : "io-export-done", { n: r.count, file: r.file_name });
    } catch (e) {
      message.textContent = errorText(e);
    } finally {
      button.removeAttribute("disabled");
    }
  };
  const buttons = EXPORT_FORMATS.map((f) => {
    const b = h("button", { id: `export-${f}` }, t(`io-format-${f}` as Key));
    b.addEventListener("click", () => void run(f, b));
    return b;
  });
  section = h(
    "section",
    { class: "card", id: "export" },
    h("h2", {}, t("io-export-title")),
    h(
      "div",
      { class: "inline-form" },
      h("div", { class: "field" }, h("label", { for: "export-search" }, t("io-search")), search),
      h("div", { class: "field" }, h("label", { for: "export-tag" }, t("io-tag")), tag),
      h("div", { class: "field" }, h("label", { for: "export-consent" }, t("io-consent")), consent),
    ),
    h(
      "div",
      { class: "inline-form" },
      h("div", { class: "field" }, h("label", { for: "export-stage" }, t("io-stage")), stage),
      h("div", { class: "field" }, h("label", { for: "export-segment" }, t("io-segment")), segment),
    ),
    h("div", { class: "actions wrap" }, buttons.slice(0, 4)),
    h("p", { class: "muted" }, t("io-newsletter-help")),
    h("div", { class: "actions wrap" }, buttons.slice(4, 6)),
    h("p", { class: "muted" }, t("io-labels-help")),
    h("div", { class: "actions wrap" }, buttons.slice(6), h("label", { class: "checkbox" }, household, " ", t("io-household"))),
    message,
  );
  return section;
}

export async function renderImportExport(main: HTMLElement): Promise<void> {
  mount(
    main,
    h("h1", {}, t("io-title")),
    h("div", { class: "columns io" }, h("div", { class: "column" }, customersSection(), purchasesSection()), h("div", { class: "column" }, exportSection())),
  );
}
