import { api, type CustomerRow, type ListArrangement, type SavedView } from "../api";
import { debounce, h, mount } from "../dom";
import { formatDate, formatNumber, t, type Key } from "../i18n";
import { go } from "../router";
import { VirtualList } from "../virtual-list";
import { markFirstRowsPainted } from "../first-rows";

const ROW_HEIGHT = 44;

/** Remembered while the app runs, so coming back from a customer keeps the search and arrangement. */
let lastSearch = "";
let arrangement: ListArrangement = emptyArrangement();

export function emptyArrangement(): ListArrangement {
  return { sort: "name", descending: false, stage: "", segment: "", tag: "", consent: "", city: "", birthday_this_month: false, archived: false };
}

/** The filters set, for the "n filters" summary and the clear button. */
export function activeFilters(a: ListArrangement): number {
  return [a.stage, a.segment, a.tag, a.consent, a.city].filter((v) => v !== "").length + (a.birthday_this_month ? 1 : 0) + (a.archived ? 1 : 0);
}

/** The list showing the archived customers only (the old "Archived" page's address leads here). */
export function showArchived(): void {
  arrangement = { ...emptyArrangement(), archived: true };
  lastSearch = "";
}

const COLUMNS: { sort: string; label: Key; cls: string }[] = [
  { sort: "name", label: "customers-col-name", cls: "" },
  { sort: "city", label: "customers-col-city", cls: "" },
  { sort: "", label: "customers-col-contact", cls: "" },
  { sort: "purchases", label: "customers-col-purchases", cls: "num" },
  { sort: "total", label: "customers-col-total", cls: "num" },
  { sort: "last_purchase", label: "customers-col-last", cls: "" },
];

const STAGES = ["prospect", "customer", "client", "supporter", "advocate", "partner"];
const SEGMENTS = [
  "champions", "loyal", "potential_loyalists", "new", "promising", "need_attention",
  "about_to_sleep", "at_risk", "cant_lose_them", "hibernating", "lost",
];
const CHANNELS = ["post", "email", "phone", "sms"];

/** The contact cell: the phone or e-mail a search matched, else the first e-mail or phone. */
export function contactText(c: CustomerRow): string {
  if (c.hit && (c.hit.field === "phone" || c.hit.field === "email")) return c.hit.text;
  return c.email ?? c.phone ?? "";
}

/** The line under the name saying what else a search matched (a tag, a postal code, a note). */
export function hitLine(c: CustomerRow): string | null {
  if (!c.hit || c.hit.field === "phone" || c.hit.field === "email") return null;
  return t("customers-hit", { field: t(`customers-hit-${c.hit.field}` as Key), text: c.hit.text });
}

export async function renderCustomers(main: HTMLElement): Promise<void> {
  const search = h("input", {
    id: "customer-search",
    type: "search",
    placeholder: t("customers-search"),
    "aria-label": t("customers-search"),
    value: lastSearch,
    autocomplete: "off",
    spellcheck: "false",
  });
  const count = h("span", { class: "muted", id: "customer-count" });
  const empty = h("p", { class: "muted empty", hidden: true });

  const list = new VirtualList<CustomerRow>({
    rowHeight: ROW_HEIGHT,
    pageSize: 100,
    load: (offset, limit) => api.listCustomers(lastSearch, offset, limit, arrangement),
    onTotal: (total) => {
      count.textContent = arrangement.archived ? t("customers-count-archived", { n: total }) : t("customers-count", { n: total });
      empty.hidden = total > 0;
      empty.textContent = lastSearch.trim() ? t("customers-none", { q: lastSearch }) : t("customers-none-filtered");
    },
    renderRow: (c) => {
      const why = hitLine(c);
      return h(
        "a",
        { class: arrangement.archived ? "customer-row archived" : "customer-row", href: `#/customers/${c.id}`, role: "listitem", "data-id": c.id },
        h(
          "span",
          { class: "name" },
          c.name,
          arrangement.archived ? h("span", { class: "badge archived-badge" }, t("archived-badge")) : null,
          c.company && c.company !== c.name ? h("small", {}, c.company) : null,
          why ? h("small", { class: "hit" }, why) : null,
        ),
        h("span", { class: "city" }, c.city),
        h("span", { class: c.hit && (c.hit.field === "phone" || c.hit.field === "email") ? "contact matched" : "contact" }, contactText(c)),
        h("span", { class: "num" }, formatNumber(c.purchases)),
        h("span", { class: "num" }, c.total),
        h("span", { class: "date" }, c.last_purchase ? formatDate(c.last_purchase) : ""),
      );
    },
  });

  const reload = (): void => {
    drawHead();
    drawFilters();
    void list.reset();
  };

  const searchNow = debounce(() => void list.reset(), 120);
  search.addEventListener("input", () => {
    lastSearch = search.value;
    searchNow();
  });
  search.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      const first = list.element.querySelector<HTMLAnchorElement>(".customer-row");
      if (first) go(`/customers/${first.dataset.id}`);
    }
  });

  // Column headers sort; a second click on the same one reverses.
  const head = h("div", { class: "customer-head", role: "row" });
  const drawHead = (): void => {
    head.replaceChildren(
      ...COLUMNS.map((col) => {
        if (!col.sort) return h("span", { role: "columnheader" }, t(col.label));
        const current = arrangement.sort === col.sort;
        const arrow = current ? (arrangement.descending ? " ▼" : " ▲") : "";
        return h(
          "span",
          { role: "columnheader", class: col.cls, "aria-sort": current ? (arrangement.descending ? "descending" : "ascending") : "none" },
          h(
            "button",
            {
              type: "button",
              class: "sort",
              "data-sort": col.sort,
              title: t("customers-sort-by", { column: t(col.label) }),
              onclick: () => {
                arrangement = { ...arrangement, descending: current ? !arrangement.descending : col.sort !== "name" && col.sort !== "city", sort: col.sort };
                reload();
              },
            },
            t(col.label) + arrow,
          ),
        );
      }),
    );
  };

  // Filters: each narrows the list; they combine.
  const filters = h("div", { class: "list-filters", id: "list-filters" });
  const choices = await api.listChoices().catch(() => ({ tags: [], cities: [] }));
  const select = (id: string, key: "stage" | "segment" | "tag" | "consent" | "city", all: Key, options: [string, string][]) => {
    const el = h(
      "select",
      {
        id,
        "aria-label": t(all),
        onchange: () => {
          arrangement = { ...arrangement, [key]: el.value };
          reload();
        },
      },
      h("option", { value: "" }, t(all)),
      options.map(([value, label]) => h("option", { value, selected: arrangement[key] === value }, label)),
    );
    el.value = arrangement[key];
    if (!el.value) el.setAttribute("data-empty", "");
    return el;
  };
  const drawFilters = (): void => {
    const birthday = h("input", {
      type: "checkbox",
      id: "filter-birthday",
      checked: arrangement.birthday_this_month,
      onchange: () => {
        arrangement = { ...arrangement, birthday_this_month: birthday.checked };
        reload();
      },
    });
    // Archived customers are out of the list, the searches and the mailings: this shows them
    // (and only them), combined with the other filters like any of them.
    const archived = h("input", {
      type: "checkbox",
      id: "filter-archived",
      checked: arrangement.archived,
      onchange: () => {
        arrangement = { ...arrangement, archived: archived.checked };
        reload();
      },
    });
    const n = activeFilters(arrangement);
    mount(
      filters,
      select("filter-stage", "stage", "customers-filter-stage", STAGES.map((s) => [s, t(`stage-${s}` as Key)])),
      select("filter-segment", "segment", "customers-filter-segment", SEGMENTS.map((s) => [s, t(`segment-${s}` as Key)])),
      select("filter-tag", "tag", "customers-filter-tag", choices.tags.map((s) => [s, s])),
      select("filter-consent", "consent", "customers-filter-consent", CHANNELS.map((c) => [c, t(`io-consent-${c}` as Key)])),
      select("filter-city", "city", "customers-filter-city", choices.cities.map((s) => [s, s])),
      h("label", { class: "check" }, birthday, t("customers-filter-birthday")),
      h("label", { class: "check" }, archived, t("customers-filter-archived")),
      n > 0
        ? h("button", { type: "button", class: "small", id: "clear-filters", onclick: () => {
            arrangement = { ...emptyArrangement(), sort: arrangement.sort, descending: arrangement.descending };
            reload();
          } }, t("customers-filter-clear", { n }))
        : null,
    );
  };

  // Saved views: pick one, save the current arrangement under a name, delete one (asked first).
  const views = h("span", { class: "views", id: "list-views" });
  const drawViews = async (): Promise<void> => {
    const saved: SavedView[] = await api.listViews();
    const picker = h(
      "select",
      {
        id: "view-picker",
        "aria-label": t("customers-views"),
        onchange: () => {
          const v = saved.find((s) => s.name === picker.value);
          if (!v) return;
          arrangement = { ...emptyArrangement(), ...v.arrangement };
          lastSearch = v.search;
          search.value = v.search;
          reload();
          drawDelete(v.name);
        },
      },
      h("option", { value: "" }, t("customers-views")),
      saved.map((v) => h("option", { value: v.name }, v.name)),
    );
    const deleteSlot = h("span", {});
    const drawDelete = (name: string): void => {
      deleteSlot.replaceChildren(
        h("button", { type: "button", class: "small link", id: "delete-view", onclick: () => {
          deleteSlot.replaceChildren(
            h("span", { role: "alert" }, t("customers-view-delete-ask", { name })),
            h("button", { type: "button", class: "small danger", id: "confirm-delete-view", onclick: async () => {
              await api.deleteListView(name);
              await drawViews();
            } }, t("customers-view-delete")),
            h("button", { type: "button", class: "small", onclick: () => drawDelete(name) }, t("form-cancel")),
          );
        } }, t("customers-view-delete")),
      );
    };
    const saveButton = h("button", { type: "button", class: "small", id: "save-view", onclick: () => {
      const name = h("input", { id: "view-name", type: "text", placeholder: t("customers-view-name"), "aria-label": t("customers-view-name") });
      const error = h("span", { class: "error", role: "alert" });
      let replaceAsked = "";
      const save = async (): Promise<void> => {
        if (!name.value.trim()) {
          error.textContent = t("customers-view-need-name");
          return;
        }
        // Saving over a view of the same name replaces it: asked first, then a second click does it.
        if (saved.some((v) => v.name === name.value.trim()) && replaceAsked !== name.value.trim()) {
          replaceAsked = name.value.trim();
          error.textContent = t("customers-view-replace-ask", { name: replaceAsked });
          return;
        }
        await api.saveListView(name.value.trim(), lastSearch, arrangement);
        await drawViews();
        const el = document.getElementById("view-picker") as HTMLSelectElement | null;
        if (el) el.value = name.value.trim();
      };
      name.addEventListener("keydown", (e) => {
        if (e.key === "Enter") void save();
        if (e.key === "Escape") void drawViews();
      });
      views.replaceChildren(
        name,
        h("button", { type: "button", class: "small primary", id: "confirm-save-view", onclick: () => void save() }, t("customers-view-save")),
        h("button", { type: "button", class: "small", onclick: () => void drawViews() }, t("form-cancel")),
        error,
      );
      name.focus();
    } }, t("customers-view-save-as"));
    views.replaceChildren(picker, saveButton, deleteSlot);
  };

  mount(
    main,
    h(
      "header",
      { class: "toolbar" },
      search,
      count,
      h("a", { href: "#/customers/duplicates", id: "duplicates-link", class: "small" }, t("file-duplicates")),
      h("button", { id: "add-customer", class: "primary", onclick: () => go("/customers/new") }, t("customers-add")),
    ),
    h("div", { class: "list-controls" }, filters, views),
    // The sorting headers are a one-row table of column headers (ARIA wants a row inside a
    // table); the rows below stay a list of links.
    h("div", { role: "table", "aria-label": t("nav-customers") }, head),
    list.element,
    empty,
  );
  drawHead();
  drawFilters();
  await drawViews();
  search.focus();
  await list.reset();
  if (list.element.querySelector(".customer-row")) markFirstRowsPainted();
}
